/** What the routine machine may know about the world, passed in by the turn pipeline. */
import type { Act, Effect } from './acts';
import type { PlanView } from './plan';
import type { Activity, DialogState, Position } from './state';

export interface MachineContext {
  /** The activity's plan with the user's current preferences; undefined if content lacks it. */
  plan(activity: Activity): PlanView | undefined;
  /** True once the user has heard the welcome and disclaimer. */
  welcomed: boolean;
  /** An unfinished activity less than 24 hours old. */
  resumable?: { activity: Activity; position: Position };
  /** The routine today's weekly plan suggests. */
  todayRoutineId: string;
  /** The routine offered on first launch. */
  firstRoutineId: string;
  /** The exercise offered instead of an avoided move. */
  alternativeTo(moveId: string): string | undefined;
  /**
   * A routine to offer instead when gentle (flare) mode would strip this one to a fraction
   * of its moves; undefined when the activity is fine as it is.
   */
  flareSubstitute(activity: Activity): string | undefined;
  /**
   * Whether "leave it out from now on" makes sense for this exercise after pain: not for
   * breathing, which is not what hurts. Every exercise when absent.
   */
  canLeaveOut?(exerciseId: string): boolean;
  /** Routines of today's plan already finished today (then todayRoutineId is the next one). */
  todayDone?: string[];
  /** The current time, ISO. */
  now: string;
  /** A finished routine may end on the daily reminder offer (issue 16). */
  offerReminder?: boolean;
}

/** One decision: the next state, what to say, what to change in the stored record. */
export interface Outcome {
  state: DialogState;
  acts: Act[];
  effects: Effect[];
  /** Close the session after this answer. */
  end: boolean;
}

export function outcome(
  state: DialogState,
  acts: Act[],
  extra: Partial<Omit<Outcome, 'state' | 'acts'>> = {},
): Outcome {
  return { state, acts, effects: extra.effects ?? [], end: extra.end ?? false };
}
