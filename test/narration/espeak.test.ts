/**
 * Renders narration with espeak-ng and measures it against the plan. Measuring: each chunk is
 * rendered to one WAV; audible bursts are found by a 10 ms peak detector (speechSpans in
 * tools/lib/espeak.ts); every planned phrase is matched to the burst starting nearest its
 * planned start. A hold window is measured from the end of the hold cue's burst to the start of
 * the release burst. Skipped, with a message, where espeak-ng is not installed.
 *
 * Load-proof: espeak-ng renders offline (a busy machine writes the same WAV, byte for byte,
 * only later) and nothing here reads a clock. The renders run together, before the checks,
 * under a generous timeout, so a machine shared with other suites only makes it slower.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exercise } from '../../lambda/content/schema';
import { narrateExercise, type Chunk } from '../../lambda/narration';
import { hasEspeak, renderWavAsync, speechSpans, wavSeconds } from '../../tools/lib/espeak';
import { kneeToChest, relaxedBreathing } from './fixtures';
import { options, phrases, starts } from './support';

const available = hasEspeak();
if (!available)
  console.warn(
    'espeak-ng not installed: espeak accuracy test SKIPPED (apt-get install -y espeak-ng sox)',
  );
const maybe = available ? describe : describe.skip;
/** Rendering takes about a second here when idle; a loaded CI runner may take many times that. */
const RenderTimeoutMs = 60_000;

interface Measured {
  planned: number;
  total: number;
  /** Measured hold windows, in order. */
  windows: number[];
  /** Worst distance between a phrase's planned and measured start. */
  worstOnset: number;
}

function measure(chunk: Chunk, file: string): Measured {
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

const holdCases = [
  ['a 30 s hold', bare(kneeToChest, { sides: 'none', holdSeconds: 30 }), [30]],
  ['a 20 s hold on both sides', bare(kneeToChest, { holdSeconds: 20 }), [20, 20]],
] as const;
const chunks: Record<string, Chunk> = {
  ...Object.fromEntries(holdCases.map(([name, e]) => [name, narrateExercise(e, espeak)[0]])),
  breathing: narrateExercise(bare(relaxedBreathing, {}), espeak)[0],
};
const measured: Record<string, Measured> = {};

maybe('espeak-ng renders what was planned (±0.5 s)', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'narration-'));
    const files = Object.keys(chunks).map((name) => join(dir, `${name.replace(/\W+/g, '-')}.wav`));
    const chunkList = Object.values(chunks);
    await Promise.all(files.map((f, i) => renderWavAsync(chunkList[i].ssml, 'en-US', f)));
    Object.keys(chunks).forEach((name, i) => (measured[name] = measure(chunkList[i], files[i])));
  }, RenderTimeoutMs);

  it.each(holdCases)('%s', (name, _exercise, holds) => {
    const m = measured[name];
    console.log(
      `${name}: planned ${m.planned.toFixed(2)} s, measured ${m.total.toFixed(2)} s, windows ${m.windows.map((w) => w.toFixed(2)).join(', ')} s, worst onset ${m.worstOnset.toFixed(2)} s`,
    );
    expect(m.windows).toHaveLength(holds.length);
    m.windows.forEach((w, i) => expect(Math.abs(w - holds[i])).toBeLessThanOrEqual(0.5));
    expect(Math.abs(m.total - m.planned)).toBeLessThanOrEqual(0.5);
  });

  it('one minute of 4-6 breathing keeps its beat', () => {
    const m = measured.breathing;
    console.log(
      `one minute of 4-6 breathing: planned ${m.planned.toFixed(2)} s, measured ${m.total.toFixed(2)} s, worst onset ${m.worstOnset.toFixed(2)} s`,
    );
    expect(Math.abs(m.total - m.planned)).toBeLessThanOrEqual(0.5);
    expect(m.worstOnset).toBeLessThanOrEqual(0.5);
  });
});
