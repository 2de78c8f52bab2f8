/**
 * narrateRoutine: the one place that decides which steps of a routine are said and how.
 * Flare mode, or a gentle routine, drops moves that are not flare-safe and narrates the
 * gentle variants; the user's leave-out list drops those moves; setup is spoken for the first
 * step and wherever the position changes from the previous step's.
 */
import type { Exercise, Routine } from '../content/schema';
import { narrateExercise } from './exercise';
import type { Chunk, NarrationOptions } from './types';

/** One step of a routine as it will be narrated. */
export interface PlannedStep {
  /** Index into routine.steps (steps left out keep their numbers free). */
  stepIndex: number;
  exerciseId: string;
  chunks: Chunk[];
  plannedSeconds: number;
}

/** A routine as it will be narrated with these preferences. */
export interface RoutinePlan {
  routineId: string;
  steps: PlannedStep[];
  plannedSeconds: number;
}

export function narrateRoutine(
  routine: Routine,
  lookup: (id: string) => Exercise | undefined,
  options: Omit<NarrationOptions, 'overrides' | 'includeSetup'>,
): RoutinePlan {
  // A gentle routine (flare day) is said in its gentle variants whatever the user's setting.
  const prefs = routine.gentle ? { ...options.prefs, gentle: true } : options.prefs;
  const steps: PlannedStep[] = [];
  let position: Exercise['position'] | undefined;
  routine.steps.forEach((step, stepIndex) => {
    const exercise = lookup(step.exercise);
    if (!exercise) throw new Error(`routine ${routine.id}: unknown exercise ${step.exercise}`);
    if (prefs.leaveOut.includes(exercise.id)) return;
    if (prefs.gentle && !exercise.flareSafe) return;
    const chunks = narrateExercise(exercise, {
      ...options,
      prefs,
      overrides: step.overrides,
      includeSetup: exercise.position !== position,
    });
    position = exercise.position;
    const plannedSeconds = round(chunks.reduce((s, c) => s + c.plannedSeconds, 0));
    steps.push({ stepIndex, exerciseId: exercise.id, chunks, plannedSeconds });
  });
  return {
    routineId: routine.id,
    steps,
    plannedSeconds: round(steps.reduce((s, x) => s + x.plannedSeconds, 0)),
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
