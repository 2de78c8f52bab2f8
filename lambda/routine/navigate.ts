/**
 * Moving through an activity: start, play, next, previous, skip, repeat, finish.
 * Every path that plays a chunk ends with a prompt naming what comes next.
 */
import type { Act } from './acts';
import { outcome, type MachineContext, type Outcome } from './context';
import { firstPosition, nextPosition, normalise, type PlanView } from './plan';
import type { Activity, DialogState, Position } from './state';

/** Plays the chunk at `pos` and asks about the one after it (or finishes at the end). */
export function play(
  state: DialogState,
  plan: PlanView,
  pos: Position,
  ctx: MachineContext,
  before: Act[] = [],
): Outcome {
  const activity = plan.activity;
  const acts: Act[] = [...before, { type: 'play', activity, position: pos }];
  const next = nextPosition(plan, pos);
  const base: DialogState = {
    ...state,
    phase: 'active',
    activity,
    position: pos,
    startedAt: state.startedAt ?? ctx.now,
  };
  if (!next) {
    // The last chunk: finish in the same answer, so nobody has to say "next" to hear "well done".
    return finish(base, [...acts], ctx);
  }
  acts.push({ type: 'prompt-next', activity, from: pos, next });
  return outcome({ ...base, pending: { kind: 'continue', next } }, acts);
}

export function finish(state: DialogState, acts: Act[], ctx?: MachineContext): Outcome {
  const activity = state.activity as Activity;
  const done: Act[] = [...acts, { type: 'done', activity }];
  // After a whole routine, a user without a reminder may be offered one (keeps the mic open).
  if (ctx?.offerReminder && activity.kind === 'routine') {
    const at = state.startedAt ?? ctx.now;
    return outcome(
      { phase: 'finished', activity, pending: { kind: 'offer-reminder', at } },
      [...done, { type: 'offer-reminder' }],
      { effects: [{ type: 'finished', activity }, { type: 'reminder-offered' }] },
    );
  }
  return outcome({ phase: 'finished', activity }, done, {
    effects: [{ type: 'finished', activity }],
    end: true,
  });
}

export function start(activity: Activity, ctx: MachineContext): Outcome | undefined {
  const substitute = ctx.flareSubstitute(activity);
  if (substitute) {
    const offered: Activity = { kind: 'routine', id: substitute };
    return outcome({ phase: 'idle', pending: { kind: 'offer-start', activity: offered } }, [
      { type: 'flare-thin', activity },
      { type: 'offer-start', activity: offered, reason: 'alternative' },
    ]);
  }
  const plan = ctx.plan(activity);
  const first = plan && firstPosition(plan);
  if (!plan || !first) return undefined;
  const fresh: DialogState = { phase: 'active', activity, startedAt: ctx.now };
  const preview: Act[] =
    activity.kind === 'routine' ? [{ type: 'preview', activity }, { type: 'safety-reminder' }] : [];
  return play(fresh, plan, first, ctx, preview);
}

/** The plan of the activity under way and the current position made valid in it. */
export function current(
  state: DialogState,
  ctx: MachineContext,
): { plan: PlanView; pos: Position } | undefined {
  if (!state.activity || !state.position) return undefined;
  const plan = ctx.plan(state.activity);
  const pos = plan && normalise(plan, state.position);
  return plan && pos ? { plan, pos } : undefined;
}

/** Where "next" goes: the chunk the last prompt named, else the one after the current. */
export function upcoming(state: DialogState, plan: PlanView, pos: Position): Position | undefined {
  if (state.pending?.kind === 'continue') return normalise(plan, state.pending.next);
  return nextPosition(plan, pos);
}
