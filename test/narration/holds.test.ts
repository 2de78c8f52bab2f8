import { narrateExercise } from '../../lambda/narration';
import { kneeToChest } from './fixtures';
import { holdWindows, options, phrases, spoken, starts, breakProblems } from './support';

const holdOf = (seconds: number) => ({
  ...kneeToChest,
  timing: { ...kneeToChest.timing, holdSeconds: seconds, sides: 'none' as const },
});

describe('holds keep time', () => {
  const table = [5, 8, 10, 15, 20, 25, 30, 45, 60].flatMap((s) => [
    [s, 'alexa'] as const,
    [s, 'espeak'] as const,
  ]);
  it.each(table)('a %i s hold (%s profile) lasts exactly its time', (seconds, voice) => {
    const [chunk] = narrateExercise(holdOf(seconds), options({}, { voice }));
    expect(holdWindows(chunk.timeline)).toHaveLength(1);
    expect(holdWindows(chunk.timeline)[0]).toBeCloseTo(seconds, 2);
    expect(breakProblems(chunk.ssml)).toEqual([]);
  });

  it.each([5, 20, 30, 60])('a %i s hold ends "three, two, one" on the beat', (seconds) => {
    const { timeline } = narrateExercise(holdOf(seconds), options())[0];
    const at = starts(timeline);
    const idx = ['count.3', 'count.2', 'count.1', 'cue.release'].map((k) =>
      timeline.findIndex((s) => s.kind === 'speech' && s.text === phrases(k)),
    );
    const times = idx.map((i) => at[i]);
    expect(times[1] - times[0]).toBeCloseTo(1, 3);
    expect(times[2] - times[1]).toBeCloseTo(1, 3);
    expect(times[3] - times[2]).toBeCloseTo(1, 3);
  });

  it.each([
    [15, false, true],
    [20, true, false],
    [30, true, true],
    [10, false, false],
  ])('a %i s hold: halfway %s, ten more seconds %s', (seconds, halfway, tenMore) => {
    const said = spoken(narrateExercise(holdOf(seconds), options())[0].timeline);
    expect(said.includes(phrases('cue.halfway'))).toBe(halfway);
    expect(said.includes(phrases('cue.tenMore'))).toBe(tenMore);
  });

  it.each([
    [1.5, 45],
    [0.5, 15],
    [3, 60],
    [0.1, 15],
  ])('hold scale %d turns 30 s into %i s (clamped to 0.5-2)', (holdScale, expected) => {
    const [chunk] = narrateExercise(holdOf(30), options({ holdScale }));
    expect(holdWindows(chunk.timeline)[0]).toBeCloseTo(expected, 2);
  });

  it('flare days use the gentle hold and say its note', () => {
    const [chunk] = narrateExercise(kneeToChest, options({ gentle: true }));
    expect(holdWindows(chunk.timeline).map(Math.round)).toEqual([15, 15]);
    expect(chunk.ssml).toContain('Only draw the knee in as far as is easy.');
  });

  it('a slower pace slows the speech and widens gaps, never the holds', () => {
    const normal = narrateExercise(kneeToChest, options())[0];
    const slower = narrateExercise(kneeToChest, options({ pace: 'slower' }))[0];
    const faster = narrateExercise(kneeToChest, options({ pace: 'faster' }))[0];
    expect(slower.ssml).toContain('<prosody rate="90%">');
    expect(slower.plannedSeconds).toBeGreaterThan(normal.plannedSeconds);
    expect(faster.plannedSeconds).toBeLessThan(normal.plannedSeconds);
    for (const c of [slower, faster])
      expect(holdWindows(c.timeline).map(Math.round)).toEqual([30, 30]);
  });
});
