/**
 * What a phrase adds to a chunk depends on what was said just before it: espeak-ng carries
 * part of a phrase into the silence after the next one, and a word after a full sentence is
 * said differently from the same word after a count. The espeak lexicon holds each fixed
 * phrase's length averaged over where the narration says it; espeak-context.json holds, per
 * language, the measured difference for a phrase after a given one, at the voice's own rate
 * and at the slower pace (fitted by
 * test/narration/calibrate-espeak.ts). Only the espeak voice has it; Alexa is not measurable.
 *
 * Keys: a fixed phrase is its lower-cased text; any other text is "#" when it holds a digit
 * (counted reps, "Hold for 20 seconds.") and "*" otherwise (content); the chunk start is "^".
 * A pair is "<before> > <phrase>".
 */
import type { Language } from '../ids';
import { espeakData } from './espeak-data';

/** Which table: the voice's own rate, or the slower pace (90%). */
export type ContextPace = 'default' | 'slower';

/** The context key of `text` (undefined or blank: the start of a chunk). */
export function contextKey(
  text: string | undefined,
  lang: Language,
  known: Record<string, number> = espeakData().lexicon[lang] ?? {},
): string {
  const t = text?.trim().toLowerCase();
  if (!t) return '^';
  if (known[t] !== undefined) return t;
  return /\d/.test(t) ? '#' : '*';
}

/** The pair key the context table is indexed by. */
export function pairKey(
  before: string | undefined,
  text: string,
  lang: Language,
  known?: Record<string, number>,
): string {
  return `${contextKey(before, lang, known)} > ${contextKey(text, lang, known)}`;
}

/**
 * Seconds `text` takes beyond its usual length when said right after `before` (espeak-ng);
 * for 'slower', beyond that length in context stretched to 90%.
 */
export function contextSeconds(
  before: string | undefined,
  text: string,
  lang: Language,
  pace: ContextPace = 'default',
): number {
  return espeakData().context[pace][lang]?.[pairKey(before, text, lang)] ?? 0;
}
