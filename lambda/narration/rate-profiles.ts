/**
 * Speaking-rate models: how long a phrase takes to say, per voice and language.
 *
 * seconds = (base + syllable*syllables + word*words + comma*commas + stop*stops) / rate
 *
 * The time runs from the phrase's first sound to the moment the next thing may start; the
 * phrase's final pause is not included, because the following <break> replaces it (espeak-ng
 * does exactly that, and the narration always follows speech with a break or more speech).
 *
 * espeak-ng: fitted by test/narration/calibrate-espeak.ts on measured renders (espeak-ng 1.51,
 * voices en-us, de, es; default speed). RMS error per phrase: en 0.18 s, de 0.13 s, es 0.15 s (in context, see the script).
 * Phrases said many times inside timed windows (counts, "halfway") are also measured one by
 * one into espeak-lexicon.json, which wins over the model: their errors would add up.
 * alexa: not measurable here; set from typical Alexa voice rates (about 4 syllables a second
 * in English, a little faster in Spanish) and a longer sentence pause. Used for planning and
 * "time left", where a tenth of a second per phrase does not matter.
 */
import type { Language } from '../ids';
import type { Voice } from './types';
import lexicon from './espeak-lexicon.json';
import { textFeatures } from './text-features';

const measured: Partial<Record<Language, Record<string, number>>> = lexicon;

/** Coefficients of one voice in one language, in seconds. */
export interface RateProfile {
  base: number;
  syllable: number;
  word: number;
  comma: number;
  stop: number;
}

export const RateProfiles: Record<Voice, Record<Language, RateProfile>> = {
  espeak: {
    en: { base: 0.1332, syllable: 0.1237, word: 0.0872, comma: 0.2454, stop: 0.3156 },
    de: { base: 0.1249, syllable: 0.0956, word: 0.1234, comma: 0.2931, stop: 0.3378 },
    es: { base: 0.0714, syllable: 0.147, word: -0.0046, comma: 0.3944, stop: 0.254 },
  },
  alexa: {
    en: { base: 0.15, syllable: 0.2, word: 0.05, comma: 0.25, stop: 0.45 },
    de: { base: 0.15, syllable: 0.19, word: 0.05, comma: 0.25, stop: 0.45 },
    es: { base: 0.15, syllable: 0.16, word: 0.03, comma: 0.25, stop: 0.45 },
  },
};

/** Seconds to say `text` at `rate` (1 = normal, 0.9 = the slower pace's 90%). */
export function speechSeconds(text: string, lang: Language, voice: Voice, rate = 1): number {
  if (!text.trim()) return 0;
  const known = voice === 'espeak' ? measured[lang]?.[text.trim().toLowerCase()] : undefined;
  if (known !== undefined) return known / rate;
  const p = RateProfiles[voice][lang];
  const f = textFeatures(text, lang);
  const raw =
    p.base + p.syllable * f.syllables + p.word * f.words + p.comma * f.commas + p.stop * f.stops;
  return Math.max(0.15, raw) / rate;
}
