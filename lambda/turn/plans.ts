/**
 * Builds an activity's narrated plan with the user's preferences, and the dialog's view of it.
 * Narration is pure and deterministic, so plans are memoised per (activity, preferences, locale).
 */
import { getExercise, getRoutine } from '../content';
import {
  narrateExercise,
  narrateRoutine,
  type Chunk,
  type Phrasebook,
  type Preferences,
  type Voice,
} from '../narration';
import type { PlanView } from '../routine/plan';
import type { Activity } from '../routine/state';

export interface NarratedStep {
  stepIndex: number;
  exerciseId: string;
  chunks: Chunk[];
}

export interface NarratedPlan {
  activity: Activity;
  steps: NarratedStep[];
}

export interface PlanOptions {
  prefs: Preferences;
  locale: string;
  voice: Voice;
  phrases: Phrasebook;
  /** Sessions finished per exercise (progress): cautions and progression. */
  sessions: Readonly<Record<string, number>>;
}

const cache = new Map<string, NarratedPlan | undefined>();
const MaxCached = 200;

function build(activity: Activity, o: PlanOptions): NarratedPlan | undefined {
  if (activity.kind === 'routine') {
    const routine = getRoutine(activity.id);
    if (!routine) return undefined;
    const plan = narrateRoutine(routine, getExercise, o);
    return {
      activity,
      steps: plan.steps.map(({ stepIndex, exerciseId, chunks }) => ({
        stepIndex,
        exerciseId,
        chunks,
      })),
    };
  }
  const exercise = getExercise(activity.id);
  if (!exercise) return undefined;
  return {
    activity,
    steps: [
      {
        stepIndex: 0,
        exerciseId: exercise.id,
        chunks: narrateExercise(exercise, { ...o, includeSetup: true }),
      },
    ],
  };
}

export function narratedPlan(activity: Activity, o: PlanOptions): NarratedPlan | undefined {
  const key = JSON.stringify([activity, o.prefs, o.locale, o.voice, o.sessions]);
  if (cache.has(key)) return cache.get(key);
  const plan = build(activity, o);
  if (cache.size >= MaxCached) cache.delete(cache.keys().next().value as string);
  cache.set(key, plan);
  return plan;
}

/** What the routine machine needs of a plan: steps and chunk durations, no SSML. */
export function planView(plan: NarratedPlan): PlanView {
  return {
    activity: plan.activity,
    steps: plan.steps.map((s) => ({
      stepIndex: s.stepIndex,
      exerciseId: s.exerciseId,
      chunkSeconds: s.chunks.map((c) => c.plannedSeconds),
    })),
  };
}
