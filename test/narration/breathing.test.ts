import { escapeSsml, narrateExercise } from '../../lambda/narration';
import { boxBreathing, relaxedBreathing } from './fixtures';
import { options, phrases, starts } from './support';

const counts = new Set([
  'in',
  'out',
  'hold',
  ...[2, 3, 4, 5, 6, 7, 8].map((n) => phrases(`count.${n}`)),
]);

describe('breathing keeps a one-second beat', () => {
  it.each([
    [{ inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 }, 6, 10],
    [{ inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 }, 3, 19],
    [{ inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 }, 4, 16],
  ])('pattern %o: %i cycles of %i s in a minute', (breathing, cycles, cycleSeconds) => {
    const chunks = narrateExercise(relaxedBreathing, options({ breathing }));
    expect(chunks.at(-1)?.covers.cycles?.[1]).toBe(cycles);
    const { timeline } = chunks[0];
    const at = starts(timeline);
    const ins = timeline.flatMap((s, i) => (s.kind === 'speech' && s.text === 'in' ? [at[i]] : []));
    expect(ins).toHaveLength(cycles);
    for (let i = 1; i < ins.length; i++) expect(ins[i] - ins[i - 1]).toBeCloseTo(cycleSeconds, 3);
    // The first cycle counts every second: each word starts one second after the one before.
    const firstCycle = timeline.flatMap((s, i) =>
      s.kind === 'speech' && counts.has(s.text) && at[i] < ins[0] + cycleSeconds ? [at[i]] : [],
    );
    expect(firstCycle).toHaveLength(cycleSeconds);
    for (let i = 1; i < firstCycle.length; i++)
      expect(firstCycle[i] - firstCycle[i - 1]).toBeCloseTo(1, 3);
  });

  it('goes quiet after three counted cycles: only "in" and "out" remain', () => {
    const { timeline } = narrateExercise(relaxedBreathing, options())[0];
    const words = timeline.flatMap((s) =>
      s.kind === 'speech' && counts.has(s.text) ? [s.text] : [],
    );
    expect(words.slice(0, 10)).toEqual([
      'in',
      'two',
      'three',
      'four',
      'out',
      'two',
      'three',
      'four',
      'five',
      'six',
    ]);
    expect(words.slice(30)).toEqual(['in', 'out', 'in', 'out', 'in', 'out']);
  });

  it('a box-breathing exercise keeps its own pattern, whatever the preference', () => {
    const chunks = narrateExercise(boxBreathing, options());
    expect(chunks[0].ssml).toContain('hold for 4, out for 4, and hold for 4');
  });

  it('a long session continues in the next chunk at the next cycle', () => {
    const chunks = narrateExercise(
      relaxedBreathing,
      options({}, { overrides: { breathingMinutes: 6 } }),
    );
    expect(chunks.length).toBeGreaterThan(1);
    let next = 1;
    for (const c of chunks) {
      expect(c.covers.cycles?.[0]).toBe(next);
      next = (c.covers.cycles?.[1] ?? 0) + 1;
      expect(c.plannedSeconds).toBeLessThanOrEqual(150);
    }
    expect(next - 1).toBe(36);
    expect(chunks[1].ssml.startsWith(escapeSsml(phrases('breathing.continue')))).toBe(true);
  });
});
