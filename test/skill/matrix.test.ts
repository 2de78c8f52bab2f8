/**
 * Every intent in every state gets a valid answer on its own topic, never the error apology.
 * States are reached by talking, as a user would.
 */
import { HandledIntents } from '../../lambda/skill';
import { BuiltIn, Intent, SlotType } from '../../lambda/ids';
import type { SlotInput } from '../../tools/lib/envelopes';
import { Device } from '../support/device';
import { speechText } from '../support/speech';

const States: Record<string, string[]> = {
  'new session, nothing started': [],
  'offered a routine after launch': ['open back stretch coach'],
  'between chunks (Ready?)': ['open back stretch coach', 'yes'],
  paused: ['open back stretch coach', 'yes', 'pause'],
  'asked whether to leave a move out': ['open back stretch coach', 'yes', 'next', 'that hurts'],
  'offered to resume': ['start my morning routine', 'stop', 'open back stretch coach'],
};

const Slots: Record<string, Record<string, SlotInput | string>> = {
  [Intent.StartRoutine]: {
    routine: { value: 'morning routine', id: 'bedside-morning', type: SlotType.Routine },
  },
  [Intent.StartExercise]: {
    exercise: { value: 'cat cow', id: 'cat-cow', type: SlotType.Exercise },
  },
  [Intent.SetPace]: { pace: { value: 'slower', id: 'slower', type: SlotType.Pace } },
  [Intent.SetHoldLength]: {
    holdLength: { value: 'longer', id: 'longer', type: SlotType.HoldLength },
  },
  [Intent.SetBreathing]: { inhale: '4', exhale: '6' },
};

/** What each answer must be about, whatever the state. */
const Topic: Record<string, RegExp> = {
  [Intent.StartRoutine]: /bedside morning routine/i,
  [Intent.StartExercise]: /cat cow/i,
  [Intent.ListRoutines]: /routines:/i,
  [Intent.TodayPlan]: /today/i,
  [Intent.DescribeExercise]: /you should feel|no exercise going/i,
  [Intent.TimeLeft]: /left of the|no routine going/i,
  [Intent.SetPace]: /slowly/i,
  [Intent.SetHoldLength]: /longer holds/i,
  [Intent.SetBreathing]: /breathe in for 4 and out for 6/i,
  [Intent.FlareOn]: /gentle mode is on/i,
  [Intent.FlareOff]: /regular versions/i,
  [Intent.QuietOn]: /voice down/i,
  [Intent.QuietOff]: /normal voice/i,
  [Intent.Pain]: /ease out of it slowly/i,
  [Intent.Progress]: /streak|haven't finished|session/i,
  [BuiltIn.Help]: /you can say|say resume|say next/i,
  [BuiltIn.Fallback]: /didn't catch/i,
  [BuiltIn.Stop]: /take care/i,
  [BuiltIn.Cancel]: /take care/i,
  [BuiltIn.NavigateHome]: /take care/i,
  [Intent.PlayHandsFree]: /hands-free: \d+ exercises/i,
  [Intent.HandsFreeOn]: /play hands-free/i,
  [Intent.HandsFreeOff]: /one step at a time/i,
};

const cases = Object.keys(States).flatMap((state) =>
  HandledIntents.map((intent) => [state, intent] as const),
);

describe('matrix: every intent in every state', () => {
  it.each(cases)('%s: %s', async (state, intent) => {
    const device = new Device();
    for (const said of States[state]) await device.say(said);
    const { response } = await device.intent(intent, Slots[intent] ?? {});
    const text = speechText(response);
    expect(text).not.toMatch(/something went wrong/i);
    expect(text.length).toBeGreaterThan(0);
    if (Topic[intent]) expect(text).toMatch(Topic[intent]);
    // Hands-free closes the session: the audio plays with the mic off.
    const ends = [
      BuiltIn.Stop,
      BuiltIn.Cancel,
      BuiltIn.NavigateHome,
      Intent.PlayHandsFree,
    ] as string[];
    expect(response.response.shouldEndSession).toBe(
      ends.includes(intent) || /done/.test(text) ? true : false,
    );
  });
});
