import { advance } from '../../lambda/routine/advance';
import type { MachineContext } from '../../lambda/routine/context';
import type { RoutineEvent } from '../../lambda/routine/events';
import type { PlanView } from '../../lambda/routine/plan';
import {
  IdleState,
  isDialogState,
  type Activity,
  type DialogState,
} from '../../lambda/routine/state';

const routine: Activity = { kind: 'routine', id: 'morning' };
// Three steps: a two-sided stretch (two chunks), a single chunk, and a closing breath.
const plan: PlanView = {
  activity: routine,
  steps: [
    { stepIndex: 0, exerciseId: 'knee-hug', chunkSeconds: [40, 35] },
    { stepIndex: 1, exerciseId: 'pelvic-tilt', chunkSeconds: [50] },
    { stepIndex: 3, exerciseId: 'breathing', chunkSeconds: [60] },
  ],
};

function context(over: Partial<MachineContext> = {}): MachineContext {
  return {
    plan: (a) => (a.id === 'morning' ? plan : undefined),
    welcomed: true,
    todayRoutineId: 'morning',
    firstRoutineId: 'morning',
    alternativeTo: (id) => (id === 'toe-touch' ? 'knee-hug' : undefined),
    flareSubstitute: () => undefined,
    now: '2026-11-23T07:00:00.000Z',
    ...over,
  };
}

function run(events: RoutineEvent[], ctx = context(), from: DialogState = IdleState) {
  let state = from;
  let last = advance(state, events[0], ctx);
  state = last.state;
  for (const e of events.slice(1)) {
    last = advance(state, e, ctx);
    state = last.state;
  }
  return last;
}

const start: RoutineEvent = { type: 'start', activity: routine };
const types = (o: { acts: { type: string }[] }) => o.acts.map((a) => a.type);

describe('advance: moving through a routine', () => {
  it('previews, plays the first chunk and names what comes next', () => {
    const o = run([start]);
    expect(types(o)).toEqual(['preview', 'safety-reminder', 'play', 'prompt-next']);
    expect(o.state).toMatchObject({
      phase: 'active',
      position: { stepIndex: 0, chunkIndex: 0 },
      pending: { kind: 'continue', next: { stepIndex: 0, chunkIndex: 1 } },
    });
    expect(o.end).toBe(false);
  });

  it.each<[string, RoutineEvent[], { stepIndex: number; chunkIndex: number }]>([
    ['next goes to the other side', [start, { type: 'next' }], { stepIndex: 0, chunkIndex: 1 }],
    ['yes does what next does', [start, { type: 'yes' }], { stepIndex: 0, chunkIndex: 1 }],
    [
      'next crosses into the next exercise',
      [start, { type: 'next' }, { type: 'next' }],
      { stepIndex: 1, chunkIndex: 0 },
    ],
    [
      'previous at "Ready?" goes back to the exercise just done',
      [start, { type: 'next' }, { type: 'next' }, { type: 'previous' }],
      { stepIndex: 1, chunkIndex: 0 },
    ],
    [
      'previous on the first exercise stays there',
      [start, { type: 'previous' }],
      { stepIndex: 0, chunkIndex: 0 },
    ],
    [
      'repeat plays the same chunk',
      [start, { type: 'next' }, { type: 'repeat' }],
      { stepIndex: 0, chunkIndex: 1 },
    ],
    [
      'start over goes to the first chunk',
      [start, { type: 'next' }, { type: 'next' }, { type: 'start-over' }],
      { stepIndex: 0, chunkIndex: 0 },
    ],
    [
      'resume at "Ready?" plays the chunk announced, not a replay',
      [start, { type: 'resume' }],
      { stepIndex: 0, chunkIndex: 1 },
    ],
    [
      'pause at "Ready?" then resume plays the chunk announced',
      [start, { type: 'pause' }, { type: 'resume' }],
      { stepIndex: 0, chunkIndex: 1 },
    ],
    [
      'yes while paused goes on',
      [start, { type: 'pause' }, { type: 'yes' }],
      { stepIndex: 0, chunkIndex: 1 },
    ],
  ])('%s', (_name, events, position) => {
    const o = run(events);
    expect(o.state.position).toEqual(position);
    expect(types(o)).toContain('play');
  });

  it('skip at "Ready?" skips the exercise announced and announces the one after', () => {
    const o = run([start, { type: 'next' }, { type: 'skip' }]);
    expect(types(o)).toEqual(['skipped', 'prompt-next']);
    expect(o.acts[0]).toEqual({ type: 'skipped', exerciseId: 'pelvic-tilt' });
    expect(o.state.pending).toEqual({ kind: 'continue', next: { stepIndex: 3, chunkIndex: 0 } });
    expect(types(advance(o.state, { type: 'yes' }, context()))).toContain('play');
  });

  it('skipping the last exercise finishes the routine', () => {
    const o = run([start, { type: 'next' }, { type: 'next' }, { type: 'skip' }]);
    expect(types(o)).toEqual(['skipped', 'done']);
    expect(o.end).toBe(true);
  });

  it('no while paused keeps the pause and says so', () => {
    const o = run([start, { type: 'pause' }, { type: 'no' }]);
    expect(types(o)).toEqual(['no-ack']);
    expect(o.state.phase).toBe('paused');
  });

  it('starting another routine part-way asks first; no carries on, yes switches', () => {
    const other: Activity = { kind: 'routine', id: 'other' };
    const ctx = context({
      plan: (a) =>
        a.id === 'morning' ? plan : a.id === 'other' ? { ...plan, activity: other } : undefined,
      resumable: { activity: routine, position: { stepIndex: 0, chunkIndex: 0 } },
    });
    const asked = run([start, { type: 'start', activity: other }], ctx);
    expect(asked.acts).toEqual([{ type: 'ask-switch', from: routine, to: other }]);
    const no = advance(asked.state, { type: 'no' }, ctx);
    expect(types(no)).toEqual(['switch-declined', 'prompt-next']);
    expect(no.state.pending).toEqual({ kind: 'continue', next: { stepIndex: 0, chunkIndex: 1 } });
    const yes = advance(asked.state, { type: 'yes' }, ctx);
    expect(yes.state.activity).toEqual(other);
    // Anything else lets the question lapse: "next" still plays what was announced.
    const next = advance(asked.state, { type: 'next' }, ctx);
    expect(next.state.position).toEqual({ stepIndex: 0, chunkIndex: 1 });
  });

  it('pain during breathing advises and pauses, without offering to drop breathing', () => {
    const ctx = context({ canLeaveOut: (id) => id !== 'knee-hug' });
    const o = run([start, { type: 'pain' }], ctx);
    expect(types(o)).toEqual(['pain-advice', 'paused']);
    expect(o.state.pending).toBeUndefined();
  });

  it('finishes after the last chunk in the same answer and ends the session', () => {
    const o = run([start, { type: 'next' }, { type: 'next' }, { type: 'next' }]);
    expect(types(o)).toEqual(['play', 'done']);
    // Step 2 is not in the plan (left out): next goes from step 1 straight to step 3.
    expect(o.acts[0]).toMatchObject({ position: { stepIndex: 3, chunkIndex: 0 } });
    expect(o.end).toBe(true);
    expect(o.effects).toEqual([{ type: 'finished', activity: routine }]);
    expect(o.state.phase).toBe('finished');
  });

  it('pause at "Ready?" keeps the announced chunk as the place, without playing', () => {
    const o = run([start, { type: 'pause' }]);
    expect(types(o)).toEqual(['paused']);
    expect(o.state).toMatchObject({ phase: 'paused', position: { stepIndex: 0, chunkIndex: 1 } });
    expect(o.state.pending).toBeUndefined();
  });

  it('silence after "Ready?" saves the next chunk as the place to resume', () => {
    const o = run([start, { type: 'session-ended', reason: 'timeout' }]);
    expect(o.acts).toEqual([]);
    expect(o.state).toMatchObject({ phase: 'paused', position: { stepIndex: 0, chunkIndex: 1 } });
  });

  it('stop at "Ready?" keeps the announced chunk, so nothing is replayed', () => {
    const o = run([start, { type: 'stop' }]);
    expect(types(o)).toEqual(['goodbye']);
    expect(o.end).toBe(true);
    expect(o.state).toMatchObject({ phase: 'paused', position: { stepIndex: 0, chunkIndex: 1 } });
  });

  it('time left counts from the chunk the prompt named', () => {
    const o = run([start, { type: 'ask', topic: 'time-left' }]);
    expect(o.acts[0]).toEqual({
      type: 'time-left',
      activity: routine,
      from: { stepIndex: 0, chunkIndex: 1 },
    });
    expect(types(o)).toEqual(['time-left', 'prompt-next']);
  });
});

describe('advance: conversation around the routine', () => {
  it('welcomes a first-time user with the disclaimer and offers the first routine', () => {
    const o = run([{ type: 'launch' }], context({ welcomed: false }));
    expect(types(o)).toEqual(['welcome', 'disclaimer', 'offer-start']);
    expect(o.effects).toEqual([{ type: 'welcomed' }]);
    expect(
      run([{ type: 'launch' }, { type: 'yes' }], context({ welcomed: false })).state.phase,
    ).toBe('active');
  });

  it('takes "go on" at the offer to start as a yes', () => {
    const o = run([{ type: 'launch' }, { type: 'resume' }], context({ welcomed: false }));
    expect(o.state).toMatchObject({ phase: 'active', activity: routine });
  });

  it('offers a returning user their unfinished routine and resumes it on yes', () => {
    const ctx = context({
      resumable: { activity: routine, position: { stepIndex: 1, chunkIndex: 0 } },
    });
    expect(types(run([{ type: 'launch' }], ctx))).toEqual(['welcome', 'offer-resume']);
    const o = run([{ type: 'launch' }, { type: 'yes' }], ctx);
    expect(types(o)).toEqual(['resuming', 'play', 'prompt-next']);
    expect(o.state.position).toEqual({ stepIndex: 1, chunkIndex: 0 });
  });

  it('pain stops, advises, and asks before leaving the move out', () => {
    const o = run([start, { type: 'pain' }]);
    expect(types(o)).toEqual(['pain-advice', 'ask-leave-out']);
    const yes = run([start, { type: 'pain' }, { type: 'yes' }]);
    expect(yes.effects).toEqual([{ type: 'leave-out', exerciseId: 'knee-hug' }]);
    expect(yes.state.pending).toEqual({ kind: 'continue', next: { stepIndex: 1, chunkIndex: 0 } });
    const no = run([start, { type: 'pain' }, { type: 'no' }]);
    expect(no.effects).toEqual([]);
  });

  it('"leave it out" is a yes at the leave-out question and a skip this time elsewhere', () => {
    const answered = run([start, { type: 'pain' }, { type: 'leave-out' }]);
    expect(answered.effects).toEqual([{ type: 'leave-out', exerciseId: 'knee-hug' }]);
    const atReady = run([start, { type: 'leave-out' }]);
    expect(atReady.effects).toEqual([]);
    expect(atReady.state).toEqual(run([start, { type: 'skip' }]).state);
  });

  it('pain while paused or offered a resume advises without offering to leave a move out', () => {
    const paused = run([start, { type: 'pause' }, { type: 'pain' }]);
    expect(types(paused)).toEqual(['pain-advice', 'paused']);
    const ctx = context({
      resumable: { activity: routine, position: { stepIndex: 1, chunkIndex: 0 } },
    });
    const offered = run([{ type: 'launch' }, { type: 'pain' }], ctx);
    expect(types(offered)).toEqual(['pain-advice', 'paused']);
    expect(offered.state.pending).toBeUndefined();
  });

  it('pain with nothing under way still gets the safety advice', () => {
    expect(types(run([{ type: 'pain' }]))).toEqual(['pain-advice']);
  });

  it('a preference mid-routine is stored and the prompt is asked again', () => {
    const o = run([start, { type: 'preference', change: { key: 'pace', value: 'slower' } }]);
    expect(o.effects).toEqual([
      { type: 'set-preference', change: { key: 'pace', value: 'slower' } },
    ]);
    expect(types(o)).toEqual(['preference-set', 'prompt-next']);
    expect(o.state.position).toEqual({ stepIndex: 0, chunkIndex: 0 });
  });

  it('an avoided move is explained and its alternative offered', () => {
    const o = run([{ type: 'avoided-move', moveId: 'toe-touch' }]);
    expect(types(o)).toEqual(['avoided', 'offer-start']);
    expect(o.state.pending).toEqual({
      kind: 'offer-start',
      activity: { kind: 'exercise', id: 'knee-hug' },
    });
  });

  it.each<RoutineEvent['type']>([
    'next',
    'previous',
    'repeat',
    'skip',
    'start-over',
    'pause',
    'resume',
  ])('%s with nothing under way explains and offers a routine', (type) => {
    const o = run([{ type } as RoutineEvent]);
    expect(types(o)).toEqual(['nothing-under-way', 'offer-start']);
    expect(o.end).toBe(false);
  });

  it('a routine missing from content is reported, not crashed on', () => {
    const o = run([{ type: 'start', activity: { kind: 'routine', id: 'gone' } }]);
    expect(o.acts).toEqual([{ type: 'unknown-name', kind: 'routine', heard: 'gone' }]);
  });
});

describe('advance: the disclaimer is never skipped', () => {
  it('a first contact by one-shot hears it before the routine starts, and no second caution', () => {
    // The disclaimer already says to stop at sharp pain; the preview's reminder would repeat it.
    const o = run([start], context({ welcomed: false }));
    expect(types(o)).toEqual(['disclaimer', 'preview', 'play', 'prompt-next']);
    expect(o.effects).toContainEqual({ type: 'welcomed' });
  });

  it('a welcomed user does not hear it again', () => {
    expect(types(run([start]))).not.toContain('disclaimer');
  });
});

describe('advance: content that changed under a resume point', () => {
  it('does not offer to resume a routine that no longer exists', () => {
    const ctx = context({
      resumable: {
        activity: { kind: 'routine', id: 'retired' },
        position: { stepIndex: 0, chunkIndex: 0 },
      },
    });
    expect(types(run([{ type: 'launch' }], ctx))).toEqual(['welcome', 'offer-start']);
  });

  it('moves a position whose step was left out to the next step', () => {
    const from: DialogState = {
      phase: 'paused',
      activity: routine,
      position: { stepIndex: 2, chunkIndex: 0 },
    };
    const o = run([{ type: 'resume' }], context(), from);
    expect(o.acts).toContainEqual({
      type: 'play',
      activity: routine,
      position: { stepIndex: 3, chunkIndex: 0 },
    });
  });
});

describe('isDialogState: the closed vocabulary', () => {
  it.each([
    [
      { phase: 'active', pending: { kind: 'continue', next: { stepIndex: 0, chunkIndex: 1 } } },
      true,
    ],
    [{ phase: 'idle' }, true],
    [{ phase: 'dancing' }, false],
    [{ phase: 'paused', pending: { kind: 'ask-mood' } }, false],
    [undefined, false],
  ])('%j -> %s', (state, known) => {
    expect(isDialogState(state)).toBe(known);
  });
});
