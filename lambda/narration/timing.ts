/**
 * The timing an exercise is narrated with: its own, then the routine's overrides, then (for a
 * person with a progress record) the step reached in each range, then the gentle variant on
 * flare days (never harder than the routine asks), then the hold scale.
 */
import type { Exercise, TempoPhase } from '../content/schema';
import { progressedFigure } from './progression';
import type { NarrationOptions } from './types';

export interface EffectiveTiming {
  reps: number;
  /** Whole seconds (scaled holds are rounded so the cue can say them). */
  holdSeconds: number;
  sets: number;
  sides: Exercise['timing']['sides'];
  restSeconds: number;
  tempo?: TempoPhase[];
  durationSeconds?: number;
  /** Figures that stepped up this session, said aloud once; absent when nothing did. */
  stepUp?: { reps?: number; holdSeconds?: number };
}

export function clampHoldScale(scale: number): number {
  return Number.isFinite(scale) ? Math.min(2, Math.max(0.5, scale)) : 1;
}

function gentler(value: number | undefined, gentle: number | undefined): number | undefined {
  if (gentle === undefined) return value;
  return value === undefined ? gentle : Math.min(value, gentle);
}

type Climbing = 'reps' | 'holdSeconds';

/** The routine's figure, or the step this person has reached within the article's range. */
function figure(
  exercise: Exercise,
  options: NarrationOptions,
  key: Climbing,
): { value: number; steppedUp: boolean } {
  const set = options.overrides?.[key] ?? exercise.timing[key];
  const range = exercise.timing.ranges?.[key];
  const sessions = options.sessions && (options.sessions[exercise.id] ?? 0);
  if (sessions === undefined || !range) return { value: set, steppedUp: false };
  return progressedFigure(range, options.overrides?.[key] ?? range[1], sessions);
}

export function effectiveTiming(exercise: Exercise, options: NarrationOptions): EffectiveTiming {
  const t = exercise.timing;
  const o = options.overrides ?? {};
  const g = options.prefs.gentle ? exercise.gentle : undefined;
  const reps = figure(exercise, options, 'reps');
  const held = figure(exercise, options, 'holdSeconds');
  const hold = gentler(held.value, g?.holdSeconds) ?? 0;
  const scale = clampHoldScale(options.prefs.holdScale);
  const repCount = gentler(reps.value, g?.reps) ?? 1;
  // A step up is said only when it is what is done: gentle mode and a hold scale win.
  const stepUp = {
    ...(reps.steppedUp && repCount === reps.value ? { reps: repCount } : {}),
    ...(held.steppedUp && hold === held.value && scale === 1 ? { holdSeconds: hold } : {}),
  };
  return {
    reps: repCount,
    holdSeconds: hold > 0 ? Math.max(1, Math.round(hold * scale)) : 0,
    sets: gentler(o.sets ?? t.sets, g?.sets) ?? 1,
    sides: t.sides,
    restSeconds: t.restSeconds ?? 0,
    tempo: t.tempo,
    durationSeconds: gentler(o.durationSeconds ?? t.durationSeconds, g?.durationSeconds),
    ...(Object.keys(stepUp).length ? { stepUp } : {}),
  };
}
