/**
 * The shape of a speaking-rate model (see rate-profiles.ts). On its own so the espeak-ng
 * tables (espeak-data.ts) can be typed without importing the code that reads them.
 */
/** Coefficients of one voice in one language, in seconds. */
export interface RateProfile {
  base: number;
  syllable: number;
  word: number;
  comma: number;
  stop: number;
  /** Added when the phrase ends a sentence. */
  end?: number;
  /** Seconds per occurrence of a letter or spelling (see TextFeatures.letters). */
  letters?: Record<string, number>;
  /**
   * How a slower <prosody rate> stretches speech, per unit of (1/rate - 1): `stretch` of the
   * phrase's own length plus `perPhrase` seconds. Absent: the length divided by the rate.
   * (espeak-ng at 90% lengthens a phrase by about 0.1 s and 2%, not by 11%.)
   */
  slow?: { stretch: number; perPhrase: number };
}
