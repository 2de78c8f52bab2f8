/**
 * Speaking-rate models: how long a phrase takes to say, per voice and language.
 *
 * seconds = base + syllable*syllables + word*words + comma*commas + stop*stops + end*end
 *           + sum(letters[x] * count of spelling x)
 * then, below the voice's own rate, stretched as the voice stretches (see `slow`).
 *
 * The time runs from the phrase's first sound to the moment the next thing may start; the
 * phrase's final pause is not included, because the following <break> replaces it (espeak-ng
 * does exactly that, and the narration always follows speech with a break or more speech).
 *
 * espeak-ng: fitted by test/narration/calibrate-espeak.ts on the real narration (every routine
 * and exercise, measured chunk by chunk where each phrase is said) and written to
 * espeak-profile.json; letters and common spellings stand in for phonemes, which differ in
 * length. The narration's own phrases (cues, counts) are measured one by one into
 * espeak-lexicon.json, which wins over the model: they are said many times, so their small
 * model errors would add up. Content sentences are always predicted by the model, so new content
 * is timed as well as the content it was fitted on.
 * alexa: not measurable here; set from typical Alexa voice rates (about 4 syllables a second
 * in English, a little faster in Spanish) and a longer sentence pause. Used for planning and
 * "time left", where a tenth of a second per phrase does not matter.
 */
import type { Language } from '../ids';
import type { RateProfile } from './rate-profile';
import type { Voice } from './types';
import { espeakData } from './espeak-data';
import { contextSeconds } from './speech-context';
import { textFeatures } from './text-features';

const AlexaProfile: Record<Language, RateProfile> = {
  en: { base: 0.15, syllable: 0.2, word: 0.05, comma: 0.25, stop: 0.45 },
  de: { base: 0.15, syllable: 0.19, word: 0.05, comma: 0.25, stop: 0.45 },
  es: { base: 0.15, syllable: 0.16, word: 0.03, comma: 0.25, stop: 0.45 },
};

/** The coefficients of a voice in a language (espeak-ng's are read on first use). */
export function rateProfile(voice: Voice, lang: Language): RateProfile {
  return voice === 'espeak' ? espeakData().profile[lang] : AlexaProfile[lang];
}

/**
 * Seconds to say `text` at `rate` (1 = normal, 0.9 = the slower pace's 90%). `after` is the
 * phrase said just before it (absent: no context known, the phrase's usual length; "" : the
 * start of a chunk); espeak-ng's timing depends on it (speech-context.ts).
 */
export function speechSeconds(
  text: string,
  lang: Language,
  voice: Voice,
  rate = 1,
  after?: string,
): number {
  if (!text.trim()) return 0;
  const p = rateProfile(voice, lang);
  const espeak = voice === 'espeak';
  const known = espeak ? espeakData().lexicon[lang]?.[text.trim().toLowerCase()] : undefined;
  const usual = known ?? Math.max(0.15, modelSeconds(text, lang, p));
  const inContext = espeak && after !== undefined;
  const own = inContext ? Math.max(0.1, usual + contextSeconds(after, text, lang)) : usual;
  if (rate === 1) return own;
  const slow = p.slow ?? { stretch: 1, perPhrase: 0 };
  const k = 1 / rate - 1;
  // The slower table was measured at 90%; other rates take it in proportion.
  const extra = inContext ? (k / (1 / 0.9 - 1)) * contextSeconds(after, text, lang, 'slower') : 0;
  return own + k * (own * slow.stretch + slow.perPhrase) + extra;
}

function modelSeconds(text: string, lang: Language, p: RateProfile): number {
  const f = textFeatures(text, lang, { letters: p.letters !== undefined });
  let s =
    p.base + p.syllable * f.syllables + p.word * f.words + p.comma * f.commas + p.stop * f.stops;
  s += (p.end ?? 0) * f.end;
  for (const [x, n] of Object.entries(f.letters)) s += (p.letters?.[x] ?? 0) * n;
  return s;
}
