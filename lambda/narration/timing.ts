/**
 * The timing an exercise is narrated with: its own, then the routine's overrides, then the
 * gentle variant on flare days (never harder than the routine asks), then the hold scale.
 */
import type { Exercise, TempoPhase } from '../content/schema';
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
}

export function clampHoldScale(scale: number): number {
  return Number.isFinite(scale) ? Math.min(2, Math.max(0.5, scale)) : 1;
}

function gentler(value: number | undefined, gentle: number | undefined): number | undefined {
  if (gentle === undefined) return value;
  return value === undefined ? gentle : Math.min(value, gentle);
}

export function effectiveTiming(exercise: Exercise, options: NarrationOptions): EffectiveTiming {
  const t = exercise.timing;
  const o = options.overrides ?? {};
  const g = options.prefs.gentle ? exercise.gentle : undefined;
  const hold = gentler(o.holdSeconds ?? t.holdSeconds, g?.holdSeconds) ?? 0;
  const scaled = hold * clampHoldScale(options.prefs.holdScale);
  return {
    reps: gentler(o.reps ?? t.reps, g?.reps) ?? 1,
    holdSeconds: hold > 0 ? Math.max(1, Math.round(scaled)) : 0,
    sets: gentler(o.sets ?? t.sets, g?.sets) ?? 1,
    sides: t.sides,
    restSeconds: t.restSeconds ?? 0,
    tempo: t.tempo,
    durationSeconds: gentler(o.durationSeconds ?? t.durationSeconds, g?.durationSeconds),
  };
}
