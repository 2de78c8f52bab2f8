/**
 * A speech engine behind one interface: it says one phrase and hands back MP3, as it made it
 * (silence around the words, tags and all). Everything else (finding the sound, timing,
 * silence, splicing, caching) is shared, so the cloud engine (Polly) and the local one
 * (espeak-ng through LAME) give files made and timed by the same code.
 */
import type { QuietStyle } from '../narration/style';

/** How one phrase is said. */
export interface PhraseStyle {
  locale: string;
  /** Prosody rate (1 = the voice's own). */
  rate: number;
  quiet?: QuietStyle;
}

/**
 * What every engine returns: MPEG-2 Layer III, 24 kHz mono, constant bitrate (Polly's neural
 * voices' own rate; its standard voices give 24 kHz MP3 too). Phrases of one part must share
 * sample rate and channels to be spliced.
 */
export const SpeechSampleRate = 24000;

export interface SpeechEngine {
  /** The voice a style is said in, as it goes into file keys ("espeak-ng:en-us+whisper"). */
  voiceFor(style: PhraseStyle): string;
  /** One phrase as MP3 bytes. */
  speak(text: string, style: PhraseStyle): Promise<Buffer>;
}
