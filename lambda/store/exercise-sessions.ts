/**
 * Sessions finished per exercise: the progress that decides first-time cautions and the step
 * reached in each range. A count, never a symptom. Bounded: at most `MaxCountedExercises`
 * exercises, each counted up to `MaxSessionsCounted` (past that nothing changes any more).
 */
export type ExerciseSessions = Record<string, number>;

export const MaxCountedExercises = 100;
export const MaxSessionsCounted = 50;

const ExerciseIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MaxIdLength = 64;

function count(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  return Math.min(MaxSessionsCounted, Math.max(0, Math.trunc(v)));
}

/** Only well-formed ids and counts, within the caps (the highest counts kept). */
export function normalizeExerciseSessions(v: unknown): ExerciseSessions {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([id]) => id.length <= MaxIdLength && ExerciseIdPattern.test(id))
    .map(([id, n]) => [id, count(n)] as const)
    .filter((e): e is readonly [string, number] => e[1] !== undefined && e[1] > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MaxCountedExercises);
  return Object.fromEntries(entries);
}

/** One more finished session of each exercise (once each, however often it appears). */
export function countSessions(
  s: ExerciseSessions,
  exerciseIds: readonly string[],
): ExerciseSessions {
  // Normalised first: a session that began before this field existed carries a record without it.
  const next = normalizeExerciseSessions(s);
  for (const id of new Set(exerciseIds)) next[id] = (next[id] ?? 0) + 1;
  return normalizeExerciseSessions(next);
}

/** Two devices' counts: each exercise keeps the higher (sessions are never un-done). */
export function mergeExerciseSessions(a: ExerciseSessions, b: ExerciseSessions): ExerciseSessions {
  const next = normalizeExerciseSessions(a);
  for (const [id, n] of Object.entries(normalizeExerciseSessions(b)))
    next[id] = Math.max(next[id] ?? 0, n);
  return normalizeExerciseSessions(next);
}
