import {
  countSessions,
  MaxCountedExercises,
  MaxSessionsCounted,
  mergeExerciseSessions,
  normalizeExerciseSessions,
} from '../../lambda/store/exercise-sessions';

describe('sessions finished per exercise (progress, bounded)', () => {
  it('counts each exercise of a finished routine once', () => {
    expect(countSessions({ bridge: 2 }, ['bridge', 'chin-tuck', 'bridge'])).toEqual({
      bridge: 3,
      'chin-tuck': 1,
    });
  });

  it('stops counting at the cap', () => {
    expect(countSessions({ bridge: MaxSessionsCounted }, ['bridge'])).toEqual({
      bridge: MaxSessionsCounted,
    });
  });

  it('keeps only well-formed ids and whole counts, and at most the capped number of exercises', () => {
    const many = Object.fromEntries(
      Array.from({ length: MaxCountedExercises + 20 }, (_, i) => [`move-${i}`, (i % 7) + 1]),
    );
    const kept = normalizeExerciseSessions({ ...many, 'Not An Id': 3, 'neck-turn': 'x' });
    expect(Object.keys(kept)).toHaveLength(MaxCountedExercises);
    expect(kept['Not An Id']).toBeUndefined();
    expect(kept['neck-turn']).toBeUndefined();
    expect(normalizeExerciseSessions({ bridge: 2.7, cobra: -1 })).toEqual({ bridge: 2 });
  });

  it('merges two devices by keeping the higher count of each', () => {
    expect(mergeExerciseSessions({ bridge: 4, cobra: 1 }, { bridge: 2, sphinx: 1 })).toEqual({
      bridge: 4,
      cobra: 1,
      sphinx: 1,
    });
  });
});
