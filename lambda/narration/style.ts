/**
 * How preferences shape delivery: pace (speech rate and gaps) and quiet mode per locale.
 * Holds never change with pace; only holdScale changes them.
 */
import { Locales } from '../ids';
import type { Pace } from './types';

/** Per pace: prosody rate of speech (1 = as the voice speaks) and a multiplier on gaps. */
export const PaceStyles: Record<Pace, { rate: number; gapScale: number }> = {
  slower: { rate: 0.9, gapScale: 1.5 },
  normal: { rate: 1, gapScale: 1 },
  faster: { rate: 1, gapScale: 0.7 },
};

/** Base gaps in seconds, before the pace's gapScale. */
export const Gaps = {
  /** After each setup sentence: time to get into position. */
  setup: 2,
  /** After each movement sentence. */
  movement: 1.5,
  /** Before the first rep or hold, after all instructions. */
  ready: 1.5,
  /** Between reps of a held exercise: time to come back to the start. */
  betweenReps: 2.5,
  /** A rep without a hold or tempo: the time the move takes. */
  move: 3,
  /** Moving to the other side. */
  switchSides: 3,
  /** Between sets when the exercise has no rest of its own. */
  betweenSets: 3,
  /** After the last sound of a chunk, before whatever the dialog says next. */
  settle: 0.5,
} as const;

/**
 * Quiet mode: whispered where the locale's voices support amazon:effect "whispered", soft
 * volume elsewhere. Amazon documents the whisper effect for the English, German and Spanish
 * (Spain) voices; for es-MX and es-US we have not seen it confirmed, so they get soft volume,
 * which every voice supports. Unknown locales also get soft volume: it never fails.
 */
/** Locales whose whisper support we have not seen confirmed; they get soft volume. */
const SoftOnlyLocales: readonly string[] = ['es-MX', 'es-US'];

export const WhisperLocales: readonly string[] = Locales.filter(
  (l) => !SoftOnlyLocales.includes(l),
);

export type QuietStyle = 'whispered' | 'soft';

export function quietStyleFor(locale: string): QuietStyle {
  return WhisperLocales.includes(locale) ? 'whispered' : 'soft';
}
