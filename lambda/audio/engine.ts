/**
 * A speech engine behind one interface: it says one phrase and hands back its samples, trimmed
 * to the audible sound. Everything else (timing, silence, encoding, caching) is shared, so the
 * cloud engine (Polly) and the local one (espeak-ng) give files timed the same way.
 */
import type { QuietStyle } from '../narration/style';

/** How one phrase is said. */
export interface PhraseStyle {
  locale: string;
  /** Prosody rate (1 = the voice's own). */
  rate: number;
  quiet?: QuietStyle;
}

export interface SpeechEngine {
  /** Samples per second of what speak() returns (mono, 16-bit). */
  readonly sampleRate: number;
  /** The voice a style is said in, as it goes into file keys ("espeak-ng:en-us+whisper"). */
  voiceFor(style: PhraseStyle): string;
  /** One phrase, trimmed of leading and trailing silence. */
  speak(text: string, style: PhraseStyle): Promise<Int16Array>;
}

/** Peak below which a sample counts as silence when trimming (about 1% of full scale). */
const Quiet = 330;

/** Drops leading and trailing silence, so a phrase's length is the length of its sound. */
export function trimSilence(samples: Int16Array): Int16Array {
  let start = 0;
  let end = samples.length;
  while (start < end && Math.abs(samples[start]) < Quiet) start++;
  while (end > start && Math.abs(samples[end - 1]) < Quiet) end--;
  return samples.slice(start, end);
}

/** Soft volume for quiet mode where the voice can't whisper. */
export function soften(samples: Int16Array, gain = 0.5): Int16Array {
  return samples.map((s) => Math.round(s * gain));
}
