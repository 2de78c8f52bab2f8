/**
 * The routine machine: advance(state, event, context) -> { state, acts, effects, end }.
 * Pure: no SDK, i18n, clock or storage. Every event has an answer in every state.
 */
import type { Act } from './acts';
import { outcome, type MachineContext, type Outcome } from './context';
import type { RoutineEvent } from './events';
import {
  answerSwitch,
  askSwitch,
  back,
  partWay,
  settled,
  skip,
  withoutSwitch,
} from './conversation';
import { current, finish, play, upcoming } from './navigate';
import { firstPosition, stepAt } from './plan';
import {
  answer,
  answerLeaveOut,
  contextOf,
  keepPending,
  launch,
  nothing,
  startOrUnknown,
} from './replies';
import { IdleState, type Activity, type DialogState } from './state';

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
  // The disclaimer ends on when to stop: the reminder after the preview would say it again.
  const acts = decided.acts.filter((a) => a.type !== 'safety-reminder');
  return {
    ...decided,
    acts: [{ type: 'disclaimer' }, ...acts],
    effects: [{ type: 'welcomed' }, ...decided.effects],
  };
}

function decide(state: DialogState, event: RoutineEvent, ctx: MachineContext): Outcome {
  // "Shall I stop it and start …?" takes yes, no or another start; anything else lets it lapse.
  if (state.pending?.kind === 'switch') {
    if (event.type === 'yes' || event.type === 'no')
      return answerSwitch(state, event.type === 'yes', ctx);
    if (event.type !== 'start') return decide(withoutSwitch(state), event, ctx);
  }
  const here = current(state, ctx);
  const pending = state.pending;
  switch (event.type) {
    case 'launch':
      return launch(ctx);
    case 'start':
      if (partWay(state, ctx)) return askSwitch(state, event.activity);
      return startOrUnknown(state, event.activity, ctx);
    case 'next': {
      if (!here) return nothing(state, 'next', ctx);
      // Paused, the place kept is the chunk still to do: "next" goes on with it.
      if (state.phase === 'paused' && (!pending || pending.kind === 'offer-resume'))
        return play(state, here.plan, here.pos, ctx);
      const next = upcoming(state, here.plan, here.pos);
      return next
        ? play(state, here.plan, next, ctx)
        : finish({ ...state, activity: here.plan.activity }, [], ctx);
    }
    case 'leave-out':
      if (pending?.kind === 'leave-out')
        return answerLeaveOut(state, pending.exerciseId, true, ctx);
      if (!here) return nothing(state, 'skip', ctx);
      return skip(state, here, ctx);
    case 'skip':
      if (!here) return nothing(state, 'skip', ctx);
      return skip(state, here, ctx);
    case 'previous':
      if (!here) return nothing(state, 'previous', ctx);
      return back(state, here, ctx);
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
      return outcome(
        { ...state, phase: 'paused', position: settled(state, here), pending: undefined },
        [{ type: 'paused' }],
      );
    case 'resume':
      // "Go on then" at "Shall we start …?" is a yes.
      if (pending?.kind === 'offer-start') return startOrUnknown(state, pending.activity, ctx);
      if (!here) return nothing(state, 'resume', ctx);
      // "Go on" at "Ready?" is a yes to the exercise announced, not a replay.
      if (pending?.kind === 'continue') return decide(state, { type: 'next' }, ctx);
      return play(state, here.plan, here.pos, ctx, [{ type: 'resuming' }]);
    case 'yes':
      // Paused: yes is "go on".
      if (!pending && state.phase === 'paused' && here)
        return play(state, here.plan, here.pos, ctx, [{ type: 'resuming' }]);
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
      if (pending?.kind === 'continue' && here)
        return outcome(
          { ...state, phase: 'paused', position: settled(state, here), pending: undefined },
          [{ type: 'no-ack', context: 'awaiting-continue' }],
        );
      // Paused: no is "not yet".
      if (!pending && state.phase === 'paused' && here)
        return outcome(state, [{ type: 'no-ack', context: 'awaiting-continue' }]);
      if (pending?.kind === 'offer-resume' || pending?.kind === 'offer-start') {
        return outcome({ phase: 'idle' }, [{ type: 'no-ack', context: 'idle' }]);
      }
      return outcome(state, [{ type: 'no-ack', context: contextOf(state) }]);
    case 'pain': {
      const exerciseId = here && stepAt(here.plan, here.pos)?.exerciseId;
      if (!here || !exerciseId) return outcome(state, [{ type: 'pain-advice' }]);
      // Offer to leave a move out only while one is being done (not paused, not at "pick up
      // where you left off?"), and never breathing: pain there is not the breathing's doing.
      const beingDone = state.phase === 'active' || pending?.kind === 'leave-out';
      if (!beingDone || (ctx.canLeaveOut && !ctx.canLeaveOut(exerciseId)))
        return outcome(
          { ...state, phase: 'paused', position: settled(state, here), pending: undefined },
          [{ type: 'pain-advice', exerciseId }, { type: 'paused' }],
        );
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
      return answer(state, event.topic, ctx, event.exerciseId);
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
        here
          ? { ...state, phase: 'paused', position: settled(state, here), pending: undefined }
          : IdleState,
        [{ type: 'goodbye', underWay: !!here }],
        { end: true },
      );
    case 'session-ended':
      // Silence after "Ready?" means the chunk was heard to its end: the place is the next one.
      return outcome(
        here
          ? { ...state, phase: 'paused', position: settled(state, here), pending: undefined }
          : state,
        [],
        { end: true },
      );
  }
}
