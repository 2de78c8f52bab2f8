/**
 * Hands-free audio, planned: the narration's timeline cut into parts, one per exercise, so a
 * device's "next" and "previous" land on an exercise. Pure: the same plan gives the same parts
 * and the same keys. Each part's key hashes what the file will hold (every phrase and silence,
 * the engine and its voice, the pace, the locale, quiet mode), so one file serves every user
 * with the same settings and a change to any of them is a new file.
 */
import { createHash } from 'node:crypto';
import type { Chunk, Segment } from '../narration/types';
import type { NarrationContext } from '../narration/timeline';
import { Timeline } from '../narration/timeline';
import type { QuietStyle } from '../narration/style';

/** Seconds of silence the audio adds where a turn would have asked "Ready?". */
export const PartGaps = {
  /**
   * Before the first word of a part. MP3 frames borrow bytes from the frames before them (the
   * bit reservoir) and a word starts in the quiet frame before its sound: at second 0 there is
   * neither, so the first word would start two or three frames late. A tenth of a second
   * makes room, and the plan knows it.
   */
  lead: 0.1,
  /** Between two chunks of one exercise ("Now the other side."). */
  betweenChunks: 2,
  /** After an exercise, before the next one is named: time to settle. */
  afterExercise: 3,
  /** Between the closing sentences of the last part. */
  closing: 1,
  /** After the last sound of the routine. */
  end: 0.5,
} as const;

/** How a part is spoken; everything here is in the key. */
export interface AudioStyle {
  /** Engine and voice, e.g. "espeak-ng:en-us" or "polly:neural:Joanna". */
  voice: string;
  locale: string;
  /** Prosody rate of speech (the pace). */
  rate: number;
  quiet?: QuietStyle;
}

/** One exercise's narration, as it was planned for turn mode. */
export interface PartSource {
  stepIndex: number;
  exerciseId: string;
  chunks: readonly Chunk[];
}

export interface AudioPart {
  /** 0-based position among the parts. */
  index: number;
  stepIndex: number;
  exerciseId: string;
  segments: Segment[];
  seconds: number;
  /** Content hash: the file name in every store. */
  key: string;
}

/**
 * One exercise's chunks as one timeline: the chunks in order with a short gap where a turn
 * would have stopped; the last part ends with the closing sentences (the routine is done).
 */
export function partTimeline(
  ctx: NarrationContext,
  source: PartSource,
  closing: readonly string[],
  last: boolean,
): Segment[] {
  const tl = new Timeline(ctx);
  source.chunks.forEach((chunk, i) => {
    if (i > 0) tl.pause(PartGaps.betweenChunks);
    tl.append(chunk.timeline);
  });
  const lead: Segment = { kind: 'silence', seconds: PartGaps.lead };
  if (!last) return [lead, ...tl.pause(PartGaps.afterExercise).timeline().segments];
  for (const line of closing) tl.pause(PartGaps.closing).say(line);
  return [lead, ...tl.pause(PartGaps.end).timeline().segments];
}

/** The content hash of a part: what is said, each silence to the millisecond, and the style. */
export function partKey(segments: readonly Segment[], style: AudioStyle): string {
  const content = segments.map((s) =>
    s.kind === 'speech' ? ['s', s.text] : ['p', Math.round(s.seconds * 1000)],
  );
  // v2: parts are spliced from the engine's MP3 frames (v1 placed PCM and encoded it whole).
  const json = JSON.stringify({ v: 2, style, content });
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

export function audioParts(
  ctx: NarrationContext,
  sources: readonly PartSource[],
  closing: readonly string[],
  style: AudioStyle,
): AudioPart[] {
  return sources.map((source, index) => {
    const segments = partTimeline(ctx, source, closing, index === sources.length - 1);
    return {
      index,
      stepIndex: source.stepIndex,
      exerciseId: source.exerciseId,
      segments,
      seconds: round(segments.reduce((sum, s) => sum + s.seconds, 0)),
      key: partKey(segments, style),
    };
  });
}

/** Every distinct phrase a part says, in order: what an engine must speak for it. */
export function phrasesOf(segments: readonly Segment[]): string[] {
  return [...new Set(segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : [])))];
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
