/**
 * Active seconds of an exercise or a routine, computed from timing data only. Routines never
 * type a duration in: it follows from holds, tempo, reps, sides, sets, rests and breathing
 * minutes, so it cannot drift from what the skill actually asks people to do.
 * Speech, pauses between steps and setup talk are not counted: this is time spent moving.
 */
import type { Exercise, Routine, RoutineStep } from './schema';

/** Seconds to move into and out of each held rep, for moves without tempo phases. */
export const REP_MOVE_SECONDS = 2;

/** The timing figures a step can change: the routine's overrides and the gentle variant. */
export type TimingOverrides = NonNullable<RoutineStep['overrides']>;

export interface DurationOptions {
  overrides?: TimingOverrides;
  /** Apply the exercise's gentle variant (flare days); gentler figures always win. */
  gentle?: boolean;
}

const sidesFactor = { none: 1, each: 2, alternating: 2 } as const;

function gentler(value: number, gentle: number | undefined): number {
  return gentle === undefined ? value : Math.min(value, gentle);
}

/**
 * Active seconds of one exercise. With sides "each" or "alternating", reps, sets and
 * durationSeconds count per side (alternating takes a rep on each side in turn).
 */
export function exerciseSeconds(exercise: Exercise, options: DurationOptions = {}): number {
  const o = options.overrides ?? {};
  if (exercise.kind === 'breathing') {
    return Math.round((o.breathingMinutes ?? exercise.breathing?.minutes ?? 0) * 60);
  }
  const t = exercise.timing;
  const g = options.gentle ? exercise.gentle : undefined;
  const reps = gentler(o.reps ?? t.reps, g?.reps);
  const hold = gentler(o.holdSeconds ?? t.holdSeconds, g?.holdSeconds);
  const sets = gentler(o.sets ?? t.sets, g?.sets);
  const timeBox = o.durationSeconds ?? t.durationSeconds;
  let perSet: number;
  if (timeBox !== undefined) {
    perSet = gentler(timeBox, g?.durationSeconds);
  } else {
    const tempo = (t.tempo ?? []).reduce((sum, phase) => sum + phase.seconds, 0);
    perSet = reps * (hold + (t.tempo ? tempo : REP_MOVE_SECONDS));
  }
  const perSide = sets * perSet + (sets - 1) * t.restSeconds;
  return sidesFactor[t.sides] * perSide;
}

/** Active seconds of a routine; undefined steps (unknown exercises) count as zero. */
export function routineSeconds(
  routine: Routine,
  exerciseById: (id: string) => Exercise | undefined,
): number {
  return routine.steps.reduce((sum, step) => {
    const exercise = exerciseById(step.exercise);
    if (!exercise) return sum;
    return sum + exerciseSeconds(exercise, { overrides: step.overrides, gentle: routine.gentle });
  }, 0);
}

/** "5:07" for 307 seconds: how the checker prints durations. */
export function formatMinutes(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
