/** The routine machine's one reminder decision: a finished routine may end on the offer. */
import { advance } from '../../lambda/routine/advance';
import type { MachineContext } from '../../lambda/routine/context';
import type { PlanView } from '../../lambda/routine/plan';
import { isDialogState, type Activity, type DialogState } from '../../lambda/routine/state';

const routine: Activity = { kind: 'routine', id: 'morning' };
const exercise: Activity = { kind: 'exercise', id: 'knee-hug' };
const view = (activity: Activity): PlanView => ({
  activity,
  steps: [{ stepIndex: 0, exerciseId: 'knee-hug', chunkSeconds: [40, 35] }],
});

function context(offerReminder: boolean): MachineContext {
  return {
    plan: view,
    welcomed: true,
    todayRoutineId: 'morning',
    firstRoutineId: 'morning',
    alternativeTo: () => undefined,
    flareSubstitute: () => undefined,
    now: '2026-11-23T07:20:00.000Z',
    offerReminder,
  };
}

/** On the last chunk's prompt: "next" finishes. */
const lastPrompt = (activity: Activity): DialogState => ({
  phase: 'active',
  activity,
  position: { stepIndex: 0, chunkIndex: 0 },
  pending: { kind: 'continue', next: { stepIndex: 0, chunkIndex: 1 } },
  startedAt: '2026-11-23T07:02:00.000Z',
});

describe('finishing a routine', () => {
  it('asks about a daily reminder at the time it began, and keeps the mic open', () => {
    const o = advance(lastPrompt(routine), { type: 'next' }, context(true));
    expect(o.acts.map((a) => a.type)).toEqual(['play', 'done', 'offer-reminder']);
    expect(o.state).toEqual({
      phase: 'finished',
      activity: routine,
      pending: { kind: 'offer-reminder', at: '2026-11-23T07:02:00.000Z' },
    });
    expect(isDialogState(o.state)).toBe(true);
    expect(o.effects).toEqual([
      { type: 'finished', activity: routine },
      { type: 'reminder-offered' },
    ]);
    expect(o.end).toBe(false);
  });

  it.each([
    ['the offer is not due', routine, false],
    ['a single exercise', exercise, true],
  ])('ends as before when %s', (_why, activity, offer) => {
    const o = advance(lastPrompt(activity), { type: 'next' }, context(offer));
    expect(o.acts.map((a) => a.type)).toEqual(['play', 'done']);
    expect(o.end).toBe(true);
  });

  it('re-asks the offer after a side question', () => {
    const state: DialogState = {
      phase: 'finished',
      activity: routine,
      pending: { kind: 'offer-reminder', at: '2026-11-23T07:02:00.000Z' },
    };
    const o = advance(state, { type: 'ask', topic: 'progress' }, context(true));
    expect(o.acts.map((a) => a.type)).toEqual(['progress', 'offer-reminder']);
    expect(o.state).toEqual(state);
  });
});
