/**
 * The shape of an activity as the dialog needs it: which steps, how many chunks each, and how
 * long each chunk lasts. Built from narration by the caller, so this module stays pure.
 */
import type { Activity, Position } from './state';

export interface PlanStep {
  /** Index into routine.steps. */
  stepIndex: number;
  exerciseId: string;
  /** Planned seconds of each chunk of this step. */
  chunkSeconds: number[];
}

export interface PlanView {
  activity: Activity;
  steps: PlanStep[];
}

/** Index into plan.steps of the step a position refers to; -1 when that step is not in the plan. */
export function planIndexOf(plan: PlanView, stepIndex: number): number {
  return plan.steps.findIndex((s) => s.stepIndex === stepIndex);
}

/**
 * A position valid in this plan. Preferences may have changed the plan since the position was
 * written (flare mode drops a step, a slower pace splits chunks): move forward to the first
 * step at or after it, and clamp the chunk.
 */
export function normalise(plan: PlanView, pos: Position): Position | undefined {
  const step = plan.steps.find((s) => s.stepIndex >= pos.stepIndex);
  if (!step) return undefined;
  if (step.stepIndex !== pos.stepIndex) return { stepIndex: step.stepIndex, chunkIndex: 0 };
  return {
    stepIndex: step.stepIndex,
    chunkIndex: Math.min(pos.chunkIndex, step.chunkSeconds.length - 1),
  };
}

export function firstPosition(plan: PlanView): Position | undefined {
  const step = plan.steps[0];
  return step ? { stepIndex: step.stepIndex, chunkIndex: 0 } : undefined;
}

/** The chunk after `pos`, crossing into the next step; undefined at the end. */
export function nextPosition(plan: PlanView, pos: Position): Position | undefined {
  const i = planIndexOf(plan, pos.stepIndex);
  if (i < 0) return undefined;
  if (pos.chunkIndex + 1 < plan.steps[i].chunkSeconds.length) {
    return { stepIndex: pos.stepIndex, chunkIndex: pos.chunkIndex + 1 };
  }
  const next = plan.steps[i + 1];
  return next ? { stepIndex: next.stepIndex, chunkIndex: 0 } : undefined;
}

/** The first chunk of the next step; undefined when this is the last step. */
export function nextStepPosition(plan: PlanView, pos: Position): Position | undefined {
  const next = plan.steps[planIndexOf(plan, pos.stepIndex) + 1];
  return next ? { stepIndex: next.stepIndex, chunkIndex: 0 } : undefined;
}

/** The first chunk of the previous step, or of this one when it is the first. */
export function previousStepPosition(plan: PlanView, pos: Position): Position {
  const i = Math.max(0, planIndexOf(plan, pos.stepIndex) - 1);
  return { stepIndex: plan.steps[i].stepIndex, chunkIndex: 0 };
}

/** Seconds from the start of `pos` to the end of the plan. */
export function secondsFrom(plan: PlanView, pos: Position): number {
  let total = 0;
  for (const step of plan.steps) {
    if (step.stepIndex < pos.stepIndex) continue;
    const from = step.stepIndex === pos.stepIndex ? pos.chunkIndex : 0;
    total += step.chunkSeconds.slice(from).reduce((a, b) => a + b, 0);
  }
  return total;
}

export function totalSeconds(plan: PlanView): number {
  return plan.steps.reduce((sum, s) => sum + s.chunkSeconds.reduce((a, b) => a + b, 0), 0);
}

export function stepAt(plan: PlanView, pos: Position): PlanStep | undefined {
  return plan.steps[planIndexOf(plan, pos.stepIndex)];
}
