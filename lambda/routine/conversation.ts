/**
 * What everyday answers mean mid-routine (see interaction-models/CONVERSATION.md): "go on" at
 * "Ready?" plays the exercise just announced, "skip" skips that one, "back" is the exercise
 * just done, and starting another routine part-way asks first. Pure, used by advance().
 */
import type { Act } from './acts';
import { outcome, type MachineContext, type Outcome } from './context';
import { current, finish, play } from './navigate';
import { nextStepPosition, normalise, previousStepPosition, stepAt, type PlanView } from './plan';
import { keepPending, startOrUnknown } from './replies';
import type { Activity, DialogState, Position } from './state';

type Here = { plan: PlanView; pos: Position };

/** The chunk announced by "Next is X. Ready?", if that question is pending. */
function announced(state: DialogState, plan: PlanView): Position | undefined {
  return state.pending?.kind === 'continue' ? normalise(plan, state.pending.next) : undefined;
}

/**
 * Where to keep the user's place when the routine stops between chunks: after "Ready?" the
 * chunk just played is done, so the place is the one announced (resume plays it, not a replay).
 */
export function settled(state: DialogState, here: Here): Position {
  return announced(state, here.plan) ?? here.pos;
}

/**
 * "Skip": after "Ready?" the exercise announced; otherwise the one under way. Announces the one
 * after it.
 */
export function skip(state: DialogState, here: Here, ctx: MachineContext): Outcome {
  const target = settled(state, here);
  const skipped = stepAt(here.plan, target)?.exerciseId;
  const after = nextStepPosition(here.plan, target);
  const acts: Act[] = skipped ? [{ type: 'skipped', exerciseId: skipped }] : [];
  if (!after) return finish({ ...state, activity: here.plan.activity }, acts, ctx);
  // Announce rather than play: someone lying down needs a moment to get into the next position.
  acts.push({ type: 'prompt-next', activity: here.plan.activity, from: target, next: after });
  return outcome(
    { ...state, phase: 'active', position: target, pending: { kind: 'continue', next: after } },
    acts,
  );
}

/**
 * "Back": the exercise just done, from its start. After "Ready?" that is the chunk just played;
 * when paused on a fresh exercise it is the one before.
 */
export function back(state: DialogState, here: Here, ctx: MachineContext): Outcome {
  const done =
    state.pending?.kind === 'continue' || here.pos.chunkIndex > 0
      ? { stepIndex: here.pos.stepIndex, chunkIndex: 0 }
      : previousStepPosition(here.plan, here.pos);
  return play(state, here.plan, done, ctx);
}

/** True when an activity is part-way and starting another would drop it. */
export function partWay(state: DialogState, ctx: MachineContext): boolean {
  if (!current(state, ctx)) return false;
  if (state.phase === 'active') return true;
  // Paused in this session (the resume point is fresh), but not while launch offers to resume.
  return state.phase === 'paused' && state.pending?.kind !== 'offer-resume' && !!ctx.resumable;
}

/** "Start the neck routine" part-way through another: ask before dropping it. */
export function askSwitch(state: DialogState, activity: Activity): Outcome {
  const from = state.activity as Activity;
  const keep = state.pending?.kind === 'switch' ? state.pending.keep : state.pending;
  return outcome({ ...state, pending: { kind: 'switch', activity, ...(keep ? { keep } : {}) } }, [
    { type: 'ask-switch', from, to: activity },
  ]);
}

/** The answer to "Shall I stop it and start …?": yes starts it, no carries on as before. */
export function answerSwitch(state: DialogState, yes: boolean, ctx: MachineContext): Outcome {
  if (state.pending?.kind !== 'switch') return keepPending(state, [], ctx);
  const { activity, keep } = state.pending;
  if (yes) return startOrUnknown(state, activity, ctx);
  const restored: DialogState = { ...state, pending: keep };
  return keepPending(
    restored,
    [{ type: 'switch-declined', activity: state.activity as Activity }],
    ctx,
  );
}

/** Any other answer to the switch question: it lapses, and the routine goes on as before. */
export function withoutSwitch(state: DialogState): DialogState {
  return state.pending?.kind === 'switch' ? { ...state, pending: state.pending.keep } : state;
}
