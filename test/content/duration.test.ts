import { loadCatalog } from '../../lambda/content';
import { exerciseSeconds, formatMinutes, routineSeconds } from '../../lambda/content/duration';
import type { Exercise } from '../../lambda/content/schema';
import { contentDir } from './support';

const catalog = loadCatalog(contentDir);
const exercise = (id: string): Exercise => {
  const e = catalog.exercises.get(id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};

describe('active seconds of an exercise, from its timing data', () => {
  it.each([
    // 3 reps each side of a 20 s hug, 2 s to move in and out of each
    ['knee-to-chest-rock', {}, 3 * (20 + 2) * 2],
    ['knee-to-chest-rock', { gentle: true }, 2 * (20 + 2) * 2],
    // time-boxed: rock for a minute, half that on a flare day
    ['cat-cow-in-bed', {}, 60],
    ['cat-cow-in-bed', { gentle: true }, 30],
    // tempo: 10 reps of round 5 s + sink 5 s
    ['cat-cow', {}, 10 * (5 + 5)],
    // three sets of ten 2 s lifts a side, 30 s rest between sets
    ['side-lying-leg-raise', { overrides: { sets: 3 } }, 2 * (3 * 10 * (2 + 2) + 2 * 30)],
    // alternating: ten lifts of each foot
    ['seated-marching', {}, 2 * 10 * (3 + 2)],
    ['diaphragmatic-breathing', {}, 5 * 60],
    ['diaphragmatic-breathing', { overrides: { breathingMinutes: 1 } }, 60],
  ])('%s %j -> %i s', (id, options, seconds) => {
    expect(exerciseSeconds(exercise(id), options)).toBe(seconds);
  });

  it('never lets a routine override make a flare day harder than the gentle variant', () => {
    const e = exercise('chin-tuck');
    const gentle = exerciseSeconds(e, { gentle: true });
    expect(exerciseSeconds(e, { gentle: true, overrides: { reps: 30 } })).toBe(gentle);
  });
});

describe('active seconds of a routine', () => {
  it('is the sum of its steps with their overrides', () => {
    const breathing = catalog.routines.get('breathing')!;
    expect(routineSeconds(breathing, (id) => catalog.exercises.get(id))).toBe(420); // 5 minutes of belly breathing, 2 of rib-cage breathing
  });

  it('reads as minutes and seconds', () => {
    expect(formatMinutes(307)).toBe('5:07');
    expect(formatMinutes(60)).toBe('1:00');
  });
});
