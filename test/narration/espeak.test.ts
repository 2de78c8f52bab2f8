/**
 * Renders narration with espeak-ng and measures it against the plan. Measuring: each chunk is
 * rendered to one WAV; audible bursts are found by a 10 ms peak detector (tools/narrate.ts
 * speechSpans); every planned phrase is matched to the burst starting nearest its planned
 * start. A hold window is measured from the end of the hold cue's burst to the start of the
 * release burst. Skipped, with a message, where espeak-ng is not installed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exercise } from '../../lambda/content/schema';
import { narrateExercise, type Chunk } from '../../lambda/narration';
import { hasEspeak, renderWav, speechSpans, wavSeconds } from '../../tools/narrate';
import { kneeToChest, relaxedBreathing } from './fixtures';
import { options, phrases, starts } from './support';

const available = hasEspeak();
if (!available)
  console.warn(
    'espeak-ng not installed: espeak accuracy test SKIPPED (apt-get install -y espeak-ng sox)',
  );
const maybe = available ? describe : describe.skip;
const dir = available ? mkdtempSync(join(tmpdir(), 'narration-')) : '';

interface Measured {
  planned: number;
  total: number;
  /** Measured hold windows, in order. */
  windows: number[];
  /** Worst distance between a phrase's planned and measured start. */
  worstOnset: number;
}

function measure(chunk: Chunk, name: string): Measured {
  const file = join(dir, `${name}.wav`);
  renderWav(chunk.ssml, 'en-US', file);
  const spans = speechSpans(file, 0.45);
  const at = starts(chunk.timeline);
  const matched = chunk.timeline.map((s, i) => {
    if (s.kind !== 'speech') return undefined;
    return spans.reduce((best, sp) =>
      Math.abs(sp[0] - at[i]) < Math.abs(best[0] - at[i]) ? sp : best,
    );
  });
  const onsets = matched.flatMap((m, i) => (m ? [Math.abs(m[0] - at[i])] : []));
  const windows: number[] = [];
  chunk.timeline.forEach((s, i) => {
    if (s.kind !== 'speech' || !s.text.includes('Hold for')) return;
    const r = chunk.timeline.findIndex(
      (x, j) => j > i && x.kind === 'speech' && x.text === phrases('cue.release'),
    );
    windows.push((matched[r]?.[0] ?? NaN) - (matched[i]?.[1] ?? NaN));
  });
  return {
    planned: chunk.plannedSeconds,
    total: wavSeconds(file),
    windows,
    worstOnset: Math.max(...onsets),
  };
}

const bare = (e: Exercise, timing: Partial<Exercise['timing']>): Exercise => ({
  ...e,
  movement: { en: ['Ease into the stretch.'] },
  timing: { ...e.timing, ...timing },
});
const espeak = options({}, { voice: 'espeak', includeSetup: false });

maybe('espeak-ng renders what was planned (±0.5 s)', () => {
  it.each([
    ['a 30 s hold', bare(kneeToChest, { sides: 'none', holdSeconds: 30 }), [30]],
    ['a 20 s hold on both sides', bare(kneeToChest, { holdSeconds: 20 }), [20, 20]],
  ])('%s', (name, exercise, holds) => {
    const [chunk] = narrateExercise(exercise, espeak);
    const m = measure(chunk, name.replace(/\W+/g, '-'));
    console.log(
      `${name}: planned ${m.planned.toFixed(2)} s, measured ${m.total.toFixed(2)} s, windows ${m.windows.map((w) => w.toFixed(2)).join(', ')} s, worst onset ${m.worstOnset.toFixed(2)} s`,
    );
    expect(m.windows).toHaveLength(holds.length);
    m.windows.forEach((w, i) => expect(Math.abs(w - holds[i])).toBeLessThanOrEqual(0.5));
    expect(Math.abs(m.total - m.planned)).toBeLessThanOrEqual(0.5);
  });

  it('one minute of 4-6 breathing keeps its beat', () => {
    const [chunk] = narrateExercise(bare(relaxedBreathing, {}), espeak);
    const m = measure(chunk, 'breathing');
    console.log(
      `one minute of 4-6 breathing: planned ${m.planned.toFixed(2)} s, measured ${m.total.toFixed(2)} s, worst onset ${m.worstOnset.toFixed(2)} s`,
    );
    expect(Math.abs(m.total - m.planned)).toBeLessThanOrEqual(0.5);
    expect(m.worstOnset).toBeLessThanOrEqual(0.5);
  });
});
