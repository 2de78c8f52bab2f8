/**
 * One spoken phrase as the engine returned it (MP3, silence around the words), with the
 * frames that sound found without decoding. A granule's global gain sets its quantiser step,
 * 1.5 dB a step (2^(1/4) in amplitude), and at a given bit budget the encoder raises the step
 * as the signal gets louder: gain is a loudness proxy. At constant bitrate the bit count is
 * not (LAME spends the budget on near-silence too), except that digital silence costs 0 bits.
 * A frame sounds when it spends bits at a gain within QuietSteps of the phrase's loudest.
 */
import { frameSeconds, type Mp3Format } from './frames';
import { parseMp3, type Mp3Frame } from './stream';

/** 32 steps = 48 dB under the phrase's loudest granule: breath-quiet tails still count. */
export const QuietSteps = 32;

export interface Mp3Phrase {
  format: Mp3Format;
  frames: Mp3Frame[];
  /** First and last frame that sound (first > last: nothing sounds). */
  first: number;
  last: number;
  /** Seconds from the first sounding frame's start to the last one's end. */
  seconds: number;
}

const sounds = (f: Mp3Frame, floor: number) =>
  f.granules.some((g) => g.part23Length > 0 && g.globalGain >= floor);

export function mp3Phrase(mp3: Buffer): Mp3Phrase {
  const frames = parseMp3(mp3);
  if (frames.length === 0) throw new Error('speech engine returned no MP3 frames');
  const format = frames[0].header;
  const loudest = Math.max(
    ...frames.flatMap((f) => f.granules.filter((g) => g.part23Length > 0).map((g) => g.globalGain)),
    0,
  );
  const floor = loudest - QuietSteps;
  const first = frames.findIndex((f) => sounds(f, floor));
  let last = frames.length - 1;
  while (last >= 0 && !sounds(frames[last], floor)) last--;
  const count = first < 0 ? 0 : last - first + 1;
  return {
    format: { version: format.version, sampleRate: format.sampleRate, mono: format.mono },
    frames,
    first: first < 0 ? 0 : first,
    last: first < 0 ? -1 : last,
    seconds: count * frameSeconds(format),
  };
}
