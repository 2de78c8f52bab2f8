/**
 * Sides and sets too long for one answer are cut between reps (or, for time-boxed moves,
 * between time slices), and every answer stays within the budget.
 */
import { ChunkBudget, narrateExercise, type Chunk } from '../../lambda/narration';
import { birdDog, kneeRock, kneeToChest, pelvicTilt } from './fixtures';
import { options, phrases, spoken, starts } from './support';

const longBirdDog = { ...birdDog, timing: { ...birdDog.timing, reps: 12 } };
const counts = (c: Chunk) => spoken(c.timeline).filter((t) => /^\d+ of \d+\.$/.test(t));

describe('a side or set too long for one answer', () => {
  const chunks = narrateExercise(longBirdDog, options());

  it('is cut between reps, every answer within the budget', () => {
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.plannedSeconds).toBeLessThanOrEqual(ChunkBudget.seconds);
      expect(c.characters).toBeLessThanOrEqual(ChunkBudget.characters);
    }
  });

  it('counts every rep once, in order, and says which reps each answer holds', () => {
    const said = chunks.flatMap(counts);
    expect(said).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1} of 12.`));
    const ranges = chunks.map((c) => c.covers.reps);
    expect(ranges[0]?.[0]).toBe(1);
    expect(ranges[ranges.length - 1]?.[1]).toBe(12);
    ranges.slice(1).forEach((r, i) => expect(r?.[0]).toBe((ranges[i]?.[1] ?? NaN) + 1));
    chunks.forEach((c) => expect(counts(c)[0]).toBe(`${c.covers.reps?.[0]} of 12.`));
  });

  it('picks up with "let\'s carry on" and the count, never with the instructions again', () => {
    for (const c of chunks.slice(1)) {
      const [first, second] = spoken(c.timeline);
      expect(first).toBe(phrases('cue.carryOn'));
      expect(second).toBe(`${c.covers.reps?.[0]} of 12.`);
      expect(spoken(c.timeline).join(' ')).not.toContain('Reach one arm');
    }
  });

  it('shares the reps out evenly rather than leaving a rep or two for the last answer', () => {
    const held = chunks.map((c) => counts(c).length);
    expect(Math.max(...held) - Math.min(...held)).toBeLessThanOrEqual(2);
  });

  it('on one side of an "each" exercise, names that one side', () => {
    const long = { ...pelvicTilt, timing: { ...pelvicTilt.timing, sets: 1, reps: 14 } };
    const each = narrateExercise({ ...long, timing: { ...long.timing, sides: 'each' } }, options());
    const cut = each.filter((c) => c.covers.reps);
    expect(cut.length).toBeGreaterThan(2);
    for (const c of cut) expect(c.covers.sides).toHaveLength(1);
    expect(each.map((c) => c.covers.sides[0])).toContain(2);
  });

  it('is not cut when it fits: a side that fits stays whole', () => {
    for (const c of narrateExercise(kneeToChest, options({ pace: 'slower' })))
      expect(c.covers.reps).toBeUndefined();
  });
});

describe('a time-boxed move too long for one answer', () => {
  const fiveMinutes = { ...kneeRock, timing: { ...kneeRock.timing, durationSeconds: 300 } };
  const chunks = narrateExercise(fiveMinutes, options());
  const seconds = (cue: string) => {
    const m = /(\d+|one) minutes?/.exec(cue)?.[1];
    const s = /(\d+|one) seconds?/.exec(cue)?.[1];
    const n = (x?: string) => (x === 'one' ? 1 : Number(x ?? 0));
    return n(m) * 60 + n(s);
  };

  it('is cut into answers within the budget, each later one saying how long is left', () => {
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.plannedSeconds).toBeLessThanOrEqual(ChunkBudget.seconds);
    for (const c of chunks.slice(1)) expect(spoken(c.timeline)[0]).toMatch(/^Keep going for /);
    expect(chunks.flatMap((c) => spoken(c.timeline)).join(' ')).not.toContain('Halfway');
  });

  it('keeps its time: what each cue says is left is what is left until "and stop"', () => {
    let checked = 0;
    for (const c of chunks) {
      const at = starts(c.timeline);
      const ends = c.timeline.flatMap((s, i) =>
        s.kind === 'speech' && s.text.includes('Keep going for')
          ? [{ end: at[i] + s.seconds, left: seconds(s.text) }]
          : [],
      );
      ends.slice(1).forEach((b, i) => {
        expect(b.end - ends[i].end).toBeCloseTo(ends[i].left - b.left, 2);
        checked++;
      });
      const stop = c.timeline.findIndex((s) => s.kind === 'speech' && s.text === 'And stop.');
      if (stop >= 0) {
        const last = ends[ends.length - 1];
        expect(at[stop] - last.end).toBeCloseTo(last.left, 2);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(chunks.length);
  });
});
