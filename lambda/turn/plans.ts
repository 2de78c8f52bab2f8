/**
 * Builds an activity's narrated plan with the user's preferences, and the dialog's view of it.
 * Narration is pure and deterministic, so plans are memoised per (activity, preferences, locale).
 * With default preferences on Alexa the view comes ready-made from the content pack (narrated
 * at build time by `defaultPlanView`), so a resume offer on a cold start narrates nothing.
 */
import type { TFunction } from 'i18next';
import { getCatalog, packedPlanView } from '../content';
import {
  DefaultPreferences,
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
  // The catalog with this locale's texts (on Lambda, other languages may not be read yet).
  const { exercises, routines } = getCatalog(o.locale);
  const getExercise = (id: string) => exercises.get(id);
  if (activity.kind === 'routine') {
    const routine = routines.get(activity.id);
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

/** Narration phrases through a request's translator (the "narration" namespace). */
export const narrationPhrases =
  (t: TFunction): Phrasebook =>
  (key, vars) =>
    t(`narration:${key}`, vars ?? {});

/** Canonical JSON: the same preferences give the same text whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

let defaults: string | undefined;
const isDefault = new WeakMap<Preferences, boolean>();

function hasDefaultPreferences(prefs: Preferences): boolean {
  let known = isDefault.get(prefs);
  if (known === undefined) {
    known = canonical(prefs) === (defaults ??= canonical(DefaultPreferences));
    isDefault.set(prefs, known);
  }
  return known;
}

/** The dialog's view of an activity: packed when the settings are the defaults, else narrated. */
export function planViewOf(activity: Activity, o: PlanOptions): PlanView | undefined {
  // Packed views are a new user's (no sessions yet): counts change cautions and figures, and
  // with them the chunks, so any other user's view is narrated.
  if (o.voice === 'alexa' && hasDefaultPreferences(o.prefs) && isNewUser(o.sessions)) {
    const packed = packedPlanView(activity, o.locale);
    if (packed) return packed;
  }
  const plan = narratedPlan(activity, o);
  return plan && planView(plan);
}

function isNewUser(sessions: PlanOptions['sessions']): boolean {
  for (const _ in sessions) return false;
  return true;
}

/** The view the content pack stores: a new user's, default preferences, Alexa voice. */
export function defaultPlanView(
  activity: Activity,
  locale: string,
  phrases: Phrasebook,
): PlanView | undefined {
  const o: PlanOptions = {
    prefs: DefaultPreferences,
    locale,
    voice: 'alexa',
    phrases,
    sessions: {},
  };
  const plan = build(activity, o);
  return plan && planView(plan);
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
