/**
 * The routine machine: advance(state, event, context) -> { state, acts, effects, end }.
 * Pure: no SDK, i18n, clock or storage. Every event has an answer in every state.
 */
import type { Act, Context } from './acts';
import { outcome, type MachineContext, type Outcome } from './context';
import type { RoutineEvent } from './events';
import { current, finish, play, start, upcoming } from './navigate';
import { nextStepPosition, previousStepPosition, firstPosition, stepAt } from './plan';
import { IdleState, type Activity, type DialogState } from './state';

export function contextOf(state: DialogState): Context {
  if (state.phase === 'finished') return 'finished';
  if (state.phase === 'paused') return 'paused';
  if (state.phase === 'active')
    return state.pending?.kind === 'continue' ? 'awaiting-continue' : 'active';
  return 'idle';
}

function startOrUnknown(state: DialogState, activity: Activity, ctx: MachineContext): Outcome {
  return (
    start(activity, ctx) ??
    outcome(state, [{ type: 'unknown-name', kind: activity.kind, heard: activity.id }])
  );
}

/** Re-asks whatever is pending after a side answer, so the user always knows what to say. */
function keepPending(state: DialogState, acts: Act[], ctx: MachineContext): Outcome {
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
  else acts.push({ type: 'reprompt-continue', context: contextOf(state) });
  return outcome(state, acts);
}

function nothing(
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

export function advance(state: DialogState, event: RoutineEvent, ctx: MachineContext): Outcome {
  const decided = decide(state, event, ctx);
  // A first contact by one-shot ("ask back stretch coach to start ...") still hears the
  // disclaimer once, before anything else.
  if (
    ctx.welcomed ||
    event.type === 'launch' ||
    event.type === 'session-ended' ||
    event.type === 'stop'
  )
    return decided;
  return {
    ...decided,
    acts: [{ type: 'disclaimer' }, ...decided.acts],
    effects: [{ type: 'welcomed' }, ...decided.effects],
  };
}

function decide(state: DialogState, event: RoutineEvent, ctx: MachineContext): Outcome {
  const here = current(state, ctx);
  const pending = state.pending;
  switch (event.type) {
    case 'launch': {
      const acts: Act[] = [{ type: 'welcome', returning: ctx.welcomed }];
      if (!ctx.welcomed) {
        const activity: Activity = { kind: 'routine', id: ctx.firstRoutineId };
        acts.push({ type: 'disclaimer' }, { type: 'offer-start', activity, reason: 'first-time' });
        return outcome({ phase: 'idle', pending: { kind: 'offer-start', activity } }, acts, {
          effects: [{ type: 'welcomed' }],
        });
      }
      if (ctx.resumable) {
        const { activity, position } = ctx.resumable;
        acts.push({ type: 'offer-resume', activity, position });
        return outcome(
          { phase: 'paused', activity, position, pending: { kind: 'offer-resume' } },
          acts,
        );
      }
      const activity: Activity = { kind: 'routine', id: ctx.todayRoutineId };
      acts.push({ type: 'offer-start', activity, reason: 'today' });
      return outcome({ phase: 'idle', pending: { kind: 'offer-start', activity } }, acts);
    }
    case 'start':
      return startOrUnknown(state, event.activity, ctx);
    case 'next': {
      if (!here) return nothing(state, 'next', ctx);
      const next = upcoming(state, here.plan, here.pos);
      return next
        ? play(state, here.plan, next, ctx)
        : finish({ ...state, activity: here.plan.activity }, []);
    }
    case 'skip': {
      if (!here) return nothing(state, 'skip', ctx);
      const next = nextStepPosition(here.plan, here.pos);
      return next
        ? play(state, here.plan, next, ctx)
        : finish({ ...state, activity: here.plan.activity }, []);
    }
    case 'previous':
      if (!here) return nothing(state, 'previous', ctx);
      return play(state, here.plan, previousStepPosition(here.plan, here.pos), ctx);
    case 'repeat':
      if (!here) return nothing(state, 'repeat', ctx);
      return play(state, here.plan, here.pos, ctx);
    case 'start-over': {
      const first = here && firstPosition(here.plan);
      if (!here || !first) return nothing(state, 'start-over', ctx);
      return play({ ...state, startedAt: ctx.now }, here.plan, first, ctx);
    }
    case 'pause':
      if (!here) return nothing(state, 'pause', ctx);
      return outcome({ ...state, phase: 'paused', position: here.pos, pending: undefined }, [
        { type: 'paused' },
      ]);
    case 'resume':
      if (!here) return nothing(state, 'resume', ctx);
      return play(state, here.plan, here.pos, ctx, [{ type: 'resuming' }]);
    case 'yes':
      if (pending?.kind === 'offer-start') return startOrUnknown(state, pending.activity, ctx);
      if (pending?.kind === 'offer-resume' && here)
        return play(state, here.plan, here.pos, ctx, [{ type: 'resuming' }]);
      if (pending?.kind === 'continue') return decide(state, { type: 'next' }, ctx);
      if (pending?.kind === 'leave-out')
        return answerLeaveOut(state, pending.exerciseId, true, ctx);
      return outcome(state, [{ type: 'fallback', context: contextOf(state) }]);
    case 'no':
      if (pending?.kind === 'leave-out')
        return answerLeaveOut(state, pending.exerciseId, false, ctx);
      if (pending?.kind === 'continue')
        return outcome({ ...state, phase: 'paused', pending: undefined }, [
          { type: 'no-ack', context: 'awaiting-continue' },
        ]);
      if (pending?.kind === 'offer-resume' || pending?.kind === 'offer-start') {
        return outcome({ phase: 'idle' }, [{ type: 'no-ack', context: 'idle' }]);
      }
      return outcome(state, [{ type: 'no-ack', context: contextOf(state) }]);
    case 'pain': {
      const exerciseId = here && stepAt(here.plan, here.pos)?.exerciseId;
      if (!here || !exerciseId) return outcome(state, [{ type: 'pain-advice' }]);
      return outcome(
        {
          ...state,
          phase: 'paused',
          position: here.pos,
          pending: { kind: 'leave-out', exerciseId },
        },
        [
          { type: 'pain-advice', exerciseId },
          { type: 'ask-leave-out', exerciseId },
        ],
      );
    }
    case 'preference': {
      const kept = keepPending(
        state,
        [{ type: 'preference-set', change: event.change, underWay: !!here }],
        ctx,
      );
      return { ...kept, effects: [{ type: 'set-preference', change: event.change }] };
    }
    case 'invalid-breathing':
      return keepPending(state, [{ type: 'invalid-breathing' }], ctx);
    case 'ask':
      return answer(state, event.topic, ctx);
    case 'avoided-move': {
      const alternative = ctx.alternativeTo(event.moveId);
      const acts: Act[] = [{ type: 'avoided', moveId: event.moveId }];
      if (!alternative) return keepPending(state, acts, ctx);
      const activity: Activity = { kind: 'exercise', id: alternative };
      acts.push({ type: 'offer-start', activity, reason: 'alternative' });
      return outcome({ ...state, pending: { kind: 'offer-start', activity } }, acts);
    }
    case 'unknown-name':
      return keepPending(
        state,
        [{ type: 'unknown-name', kind: event.kind, heard: event.heard }],
        ctx,
      );
    case 'stop':
      return outcome(
        here ? { ...state, phase: 'paused', pending: undefined } : IdleState,
        [{ type: 'goodbye', underWay: !!here }],
        { end: true },
      );
    case 'session-ended': {
      // Silence after "Ready?" means the chunk was heard to its end: resume with the next one.
      if (event.reason === 'timeout' && here && pending?.kind === 'continue') {
        const next = upcoming(state, here.plan, here.pos);
        if (next)
          return outcome({ ...state, phase: 'paused', position: next, pending: undefined }, [], {
            end: true,
          });
      }
      return outcome(here ? { ...state, phase: 'paused', pending: undefined } : state, [], {
        end: true,
      });
    }
  }
}

function answerLeaveOut(
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

function answer(
  state: DialogState,
  topic: Extract<RoutineEvent, { type: 'ask' }>['topic'],
  ctx: MachineContext,
): Outcome {
  const here = current(state, ctx);
  switch (topic) {
    case 'describe': {
      const exerciseId = here && stepAt(here.plan, here.pos)?.exerciseId;
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
      if (here) return keepPending(state, [{ type: 'today-plan' }], ctx);
      return outcome({ ...state, pending: { kind: 'offer-start', activity } }, [
        { type: 'today-plan' },
        { type: 'offer-start', activity, reason: 'today' },
      ]);
    }
    case 'progress':
      return keepPending(state, [{ type: 'progress' }], ctx);
    case 'help':
      return outcome(state, [{ type: 'help', context: contextOf(state) }]);
    case 'fallback':
      return outcome(state, [{ type: 'fallback', context: contextOf(state) }]);
  }
}
