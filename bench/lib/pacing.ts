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

function measure(chunk: Chunk, file: string): Omit<PacingResult, 'name'> {
  renderWav(chunk.ssml, options.locale, file);
  // 0.45 s joins the pauses inside one phrase but not the pauses the narration plans.
  const spans = speechSpans(file, 0.45);
  const at = startsOf(chunk.timeline);
  const heard = chunk.timeline.map((s, i) =>
    s.kind !== 'speech' || spans.length === 0
      ? undefined
      : spans.reduce((best, sp) =>
          Math.abs(sp[0] - at[i]) < Math.abs(best[0] - at[i]) ? sp : best,
        ),
  );
  const holds: Array<[number, number]> = [];
  chunk.timeline.forEach((s, i) => {
    if (!isHoldCue(s)) return;
    const r = chunk.timeline.findIndex((x, j) => j > i && isRelease(x));
    if (r < 0) return;
    const planned = at[r] - (at[i] + s.seconds);
    holds.push([planned, (heard[r]?.[0] ?? NaN) - (heard[i]?.[1] ?? NaN)]);
  });
  const onsets = heard.flatMap((h, i) => (h ? [Math.abs(h[0] - at[i])] : []));
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
