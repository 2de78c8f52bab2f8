/**
 * A part's timeline as one MP3, made of the engine's own frames: no decoder, no encoder, so
 * it runs on Lambda as it runs here. Each phrase's sounding frames go where its sound is
 * planned to start, rounded to the frame grid of the whole part (a phrase is never placed
 * relative to the one before, so rounding never drifts); silence is hand-made silent frames.
 * One sounding-quiet frame either side is kept where there is room, so the decoder's overlap
 * (each granule's window spans two) starts and ends the words as the engine made them.
 */
import type { Segment } from '../../narration/types';
import { frameSeconds, type Mp3Format } from './frames';
import { Mp3Packer } from './pack';
import type { Mp3Phrase } from './phrase';

/** Frames a phrase may slip later when the reservoir before it is full (two always do). */
const MaxSlip = 3;

/**
 * Samples by which every Layer III decoder's synthesis filterbank delays its output (players
 * that read LAME's tag skip them along with the encoder's own delay; a spliced part has no
 * tag): a frame's sound comes out this late, so each phrase is placed this much early.
 * Without it every onset measured 0.025 s late on average.
 */
export const DecoderDelaySamples = 529;

function sameFormat(a: Mp3Format, b: Mp3Format): boolean {
  return a.version === b.version && a.sampleRate === b.sampleRate && a.mono === b.mono;
}

export interface SplicedPart {
  mp3: Buffer;
  format: Mp3Format;
  kbps: number;
  frames: number;
  seconds: number;
  /** Frame index where each speech segment's first sounding frame landed, in order. */
  onsets: number[];
}

export function splice(
  segments: readonly Segment[],
  phraseOf: (text: string) => Mp3Phrase,
): SplicedPart {
  const speech = segments.flatMap((s, i) => (s.kind === 'speech' ? [i] : []));
  const phrases = speech.map((i) => phraseOf((segments[i] as { text: string }).text));
  if (phrases.length === 0) throw new Error('a part with nothing to say');
  const format = phrases[0].format;
  const odd = phrases.find((p) => !sameFormat(p.format, format));
  if (odd) throw new Error('phrases differ in MPEG version, sample rate or channels');
  // The phrases' own bitrate (Polly and LAME write constant bitrate), so every frame fits.
  const kbps = phrases.reduce(
    (top, p) => p.frames.reduce((most, f) => Math.max(most, f.header.bitrate), top),
    0,
  );
  const packer = new Mp3Packer(format, kbps);
  const frame = frameSeconds(format);

  const starts: number[] = [];
  let t = 0;
  for (const s of segments) {
    starts.push(t);
    t += s.seconds;
  }
  const early = DecoderDelaySamples / format.sampleRate;
  const slots = speech.map((i) => Math.round((starts[i] - early) / frame));
  const onsets: number[] = [];
  phrases.forEach((p, k) => {
    onsets.push(place(packer, p, slots[k]));
    const next = slots[k + 1] ?? Infinity;
    const after = p.last >= p.first ? p.frames[p.last + 1] : undefined;
    // The quiet frame after the words, unless the next phrase wants that room.
    if (after && packer.frames < next - 1) packer.push(after);
  });
  const total = Math.round(t / frame);
  while (packer.frames < total) packer.silence();
  return {
    mp3: packer.bytes(),
    format,
    kbps,
    frames: packer.frames,
    seconds: packer.frames * frame,
    onsets,
  };
}

/** Puts the phrase's first sounding frame at `slot` (or as soon after as it fits). */
function place(packer: Mp3Packer, p: Mp3Phrase, slot: number): number {
  const mark = packer.mark();
  for (let slip = 0; slip <= MaxSlip; slip++) {
    packer.rollback(mark);
    // The quiet frame before the words starts them (a consonant's burst is often in it): it
    // needs a slot of its own, so a phrase at the very start, or hard on the one before
    // (never overwritten), begins a frame late rather than clipped.
    const before = p.first > 0 ? p.frames[p.first - 1] : undefined;
    const at = Math.max(slot, mark.frames + (before ? 1 : 0)) + slip;
    while (packer.frames < at - (before ? 1 : 0)) packer.silence();
    if (before && !packer.push(before)) continue;
    let fits = true;
    for (let f = p.first; f <= p.last && fits; f++) fits = packer.push(p.frames[f]);
    if (fits) return at;
  }
  throw new Error(`MP3 splice: a phrase's frames do not fit at ${packer.kbps} kbps`);
}
