/**
 * Planned against heard: each paced case is rendered with espeak-ng (through tools/narrate.ts,
 * the same rendering `npm run narrate -- --render` does) and measured three ways, like the
 * narration's own accuracy test: total length, every hold window (end of the hold cue to the
 * start of "release"), and the worst drift of any phrase from its planned start.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Chunk, Segment } from '../../lambda/narration';
import { renderWav, speechSpans, wavSeconds } from '../../tools/narrate';
import { options, type PacingCase } from './pacing-cases';

export interface PacingResult {
  name: string;
  planned: number;
  measured: number;
  /** [planned, measured] seconds of each hold window. */
  holds: Array<[number, number]>;
  worstOnset: number;
}

function startsOf(timeline: readonly Segment[]): number[] {
  let t = 0;
  return timeline.map((s) => ((t += s.seconds), t - s.seconds));
}

const holdFor = options.phrases('cue.holdFor', { duration: '' }).trim().replace(/\.$/, '');
const isHoldCue = (s: Segment) =>
  s.kind === 'speech' &&
  (s.text.endsWith(options.phrases('cue.hold')) || s.text.startsWith(holdFor));
const isRelease = (s: Segment) =>
  s.kind === 'speech' && s.text.startsWith(options.phrases('cue.release'));

/** Audible bursts longer apart than this are separate; shorter gaps are inside one phrase. */
const MergeGap = 0.45;

/**
 * Which heard burst each speech segment belongs to. When the plan has as many bursts as were
 * heard, they pair in order (drift of a second cannot swap "two" and "three"); otherwise each
 * phrase takes the burst starting nearest its planned start.
 */
function pairBursts(timeline: readonly Segment[], at: number[], spans: Array<[number, number]>) {
  const burstOf: number[] = [];
  let bursts = 0;
  let quiet = Infinity;
  timeline.forEach((s, i) => {
    if (s.kind === 'silence') quiet = quiet === Infinity ? s.seconds : quiet + s.seconds;
    else {
      if (quiet >= MergeGap) bursts++;
      burstOf[i] = bursts - 1;
      quiet = 0;
    }
  });
  return timeline.map((s, i): [number, number] | undefined => {
    if (s.kind !== 'speech' || spans.length === 0) return undefined;
    if (bursts === spans.length) return spans[burstOf[i]];
    return spans.reduce((b, sp) => (Math.abs(sp[0] - at[i]) < Math.abs(b[0] - at[i]) ? sp : b));
  });
}

function measure(chunk: Chunk, file: string): Omit<PacingResult, 'name'> {
  renderWav(chunk.ssml, options.locale, file);
  const spans = speechSpans(file, MergeGap);
  const at = startsOf(chunk.timeline);
  const heard = pairBursts(chunk.timeline, at, spans);
  const holds: Array<[number, number]> = [];
  chunk.timeline.forEach((s, i) => {
    if (!isHoldCue(s)) return;
    const r = chunk.timeline.findIndex((x, j) => j > i && isRelease(x));
    if (r < 0) return;
    const planned = at[r] - (at[i] + s.seconds);
    holds.push([planned, (heard[r]?.[0] ?? NaN) - (heard[i]?.[1] ?? NaN)]);
  });
  // A phrase's onset is known only when it opens its burst.
  const onsets: number[] = [];
  let previous: [number, number] | undefined;
  heard.forEach((h, i) => {
    if (h && h !== previous) onsets.push(Math.abs(h[0] - at[i]));
    if (h) previous = h;
  });
  return {
    planned: chunk.plannedSeconds,
    measured: wavSeconds(file),
    holds,
    worstOnset: onsets.length ? Math.max(...onsets) : 0,
  };
}

export function pacing(cases: PacingCase[], outDir: string): PacingResult[] {
  fs.mkdirSync(outDir, { recursive: true });
  return cases.map(({ name, chunk }, n) => ({
    name,
    ...measure(chunk, path.join(outDir, `${String(n + 1).padStart(2, '0')}.wav`)),
  }));
}
