/**
 * Answers that don't move through the activity: questions, re-asking what is pending, the
 * pain follow-up, and "nothing is under way". Used by advance().
 */
import type { Act, Context } from './acts';
import { outcome, type MachineContext, type Outcome } from './context';
import type { RoutineEvent } from './events';
import { current, start, upcoming } from './navigate';
import { nextStepPosition, stepAt } from './plan';
import type { Activity, DialogState } from './state';

export function contextOf(state: DialogState): Context {
  if (state.phase === 'finished') return 'finished';
  if (state.phase === 'paused') return 'paused';
  if (state.phase === 'active')
    return state.pending?.kind === 'continue' ? 'awaiting-continue' : 'active';
  return 'idle';
}

export function startOrUnknown(
  state: DialogState,
  activity: Activity,
  ctx: MachineContext,
): Outcome {
  return (
    start(activity, ctx) ??
    outcome(state, [{ type: 'unknown-name', kind: activity.kind, heard: activity.id }])
  );
}

/** Re-asks whatever is pending after a side answer, so the user always knows what to say. */
export function keepPending(state: DialogState, acts: Act[], ctx: MachineContext): Outcome {
  const here = current(state, ctx);
  if (state.pending?.kind === 'continue' && here) {
    const next = upcoming(state, here.plan, here.pos);
    if (next)
      acts.push({ type: 'prompt-next', activity: here.plan.activity, from: here.pos, next });
    return outcome(state, acts);
  }
  if (state.pending?.kind === 'offer-start')
    acts.push({ type: 'offer-start', activity: state.pending.activity, reason: 'suggest' });
  else if (state.pending?.kind === 'offer-resume' && here)
    acts.push({ type: 'offer-resume', activity: here.plan.activity, position: here.pos });
  else if (state.pending?.kind === 'leave-out')
    acts.push({ type: 'ask-leave-out', exerciseId: state.pending.exerciseId });
  else if (state.pending?.kind === 'switch' && state.activity)
    acts.push({ type: 'ask-switch', from: state.activity, to: state.pending.activity });
  else if (state.pending?.kind === 'offer-reminder') acts.push({ type: 'offer-reminder' });
  else acts.push({ type: 'reprompt-continue', context: contextOf(state) });
  return outcome(state, acts);
}

export function nothing(
  state: DialogState,
  request: Extract<Act, { type: 'nothing-under-way' }>['request'],
  ctx: MachineContext,
): Outcome {
  const activity: Activity = { kind: 'routine', id: ctx.todayRoutineId };
  return outcome({ ...state, pending: { kind: 'offer-start', activity } }, [
    { type: 'nothing-under-way', request },
    { type: 'offer-start', activity, reason: 'suggest' },
  ]);
}

export function answerLeaveOut(
  state: DialogState,
  exerciseId: string,
  leaveOut: boolean,
  ctx: MachineContext,
): Outcome {
  const here = current(state, ctx);
  const acts: Act[] = [{ type: 'left-out', exerciseId, leftOut: leaveOut }];
  const effects = leaveOut ? [{ type: 'leave-out' as const, exerciseId }] : [];
  const next = here && nextStepPosition(here.plan, here.pos);
  if (!here || !next)
    return outcome(
      { ...state, pending: undefined },
      [...acts, { type: 'reprompt-continue', context: 'paused' }],
      { effects },
    );
  // Offer to move past the move that hurt; "go gentle" switches to gentle versions first.
  acts.push({ type: 'prompt-next', activity: here.plan.activity, from: here.pos, next });
  return outcome({ ...state, phase: 'active', pending: { kind: 'continue', next } }, acts, {
    effects,
  });
}

export function answer(
  state: DialogState,
  topic: Extract<RoutineEvent, { type: 'ask' }>['topic'],
  ctx: MachineContext,
  named?: string,
): Outcome {
  const here = current(state, ctx);
  switch (topic) {
    case 'describe': {
      const exerciseId = named ?? (here && stepAt(here.plan, here.pos)?.exerciseId);
      if (!exerciseId) return nothing(state, 'describe', ctx);
      return keepPending(state, [{ type: 'describe', exerciseId }], ctx);
    }
    case 'time-left': {
      if (!here) return nothing(state, 'time-left', ctx);
      // After "Ready?" the current chunk is done: count from the one the prompt named.
      const from =
        state.pending?.kind === 'continue' ? upcoming(state, here.plan, here.pos) : here.pos;
      return keepPending(
        state,
        [{ type: 'time-left', activity: here.plan.activity, from: from ?? here.pos }],
        ctx,
      );
    }
    case 'list-routines':
      return outcome({ ...state, pending: here ? state.pending : undefined }, [
        { type: 'list-routines' },
      ]);
    case 'today-plan': {
      const activity: Activity = { kind: 'routine', id: ctx.todayRoutineId };
      const done = ctx.todayDone ?? [];
      const acts: Act[] = [{ type: 'today-plan' }];
      if (done.length > 0) acts.push({ type: 'today-done', routineIds: done });
      if (here) return keepPending(state, acts, ctx);
      // Never suggest what was just finished: the next routine of the plan, or another one.
      acts.push({ type: 'offer-start', activity, reason: done.length > 0 ? 'suggest' : 'today' });
      return outcome({ ...state, pending: { kind: 'offer-start', activity } }, acts);
    }
    case 'progress':
      return keepPending(state, [{ type: 'progress' }], ctx);
    case 'help':
      return outcome(state, [{ type: 'help', context: contextOf(state) }]);
    case 'fallback':
      return outcome(state, [{ type: 'fallback', context: contextOf(state) }]);
    case 'say-again':
      return keepPending(state, [], ctx);
  }
}

/** Welcome: the disclaimer the first time; then an unfinished routine, or today's plan. */
export function launch(ctx: MachineContext): Outcome {
  const acts: Act[] = [{ type: 'welcome', returning: ctx.welcomed }];
  if (!ctx.welcomed) {
    const activity: Activity = { kind: 'routine', id: ctx.firstRoutineId };
    acts.push({ type: 'disclaimer' }, { type: 'offer-start', activity, reason: 'first-time' });
    return outcome({ phase: 'idle', pending: { kind: 'offer-start', activity } }, acts, {
      effects: [{ type: 'welcomed' }],
    });
  }
  // Content may have dropped the routine since: then there is nothing to pick up.
  if (ctx.resumable && ctx.plan(ctx.resumable.activity)) {
    const { activity, position } = ctx.resumable;
    acts.push({ type: 'offer-resume', activity, position });
    return outcome(
      { phase: 'paused', activity, position, pending: { kind: 'offer-resume' } },
      acts,
    );
  }
  const activity: Activity = { kind: 'routine', id: ctx.todayRoutineId };
  const reason = (ctx.todayDone ?? []).length > 0 ? 'suggest' : 'today';
  acts.push({ type: 'offer-start', activity, reason });
  return outcome({ phase: 'idle', pending: { kind: 'offer-start', activity } }, acts);
}
