/**
 * One simulated user's morning: launch, start a routine, then mostly "next" until the skill
 * ends the session, with the odd "repeat", "pause" + "resume", and a dropped session (silence)
 * that the user picks up again by reopening the skill. Deterministic for a given random source.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { BuiltIn, Intent, Slot, SlotType } from '../../lambda/ids';
import {
  intentRequest,
  launchRequest,
  newConversation,
  nextSession,
  sessionEndedRequest,
  type Conversation,
} from '../../tools/lib/envelopes';

/** A routine as the user names it and Alexa resolves it. */
export interface RoutineName {
  id: string;
  spoken: string;
}

/** The turns a user still has to take; `send` returns the skill's answer. */
export async function* simulatedUser(
  routine: RoutineName,
  random: () => number,
  now: () => string,
  maxTurns = 120,
): AsyncGenerator<RequestEnvelope, { finished: boolean }, ResponseEnvelope | undefined> {
  let c: Conversation = newConversation();
  const at = (conv: Conversation): Conversation => ({ ...conv, timestamp: now() });
  const carry = (r: ResponseEnvelope | undefined) => {
    c = { ...c, attributes: r?.sessionAttributes ?? {}, isNew: false };
    return r;
  };
  carry(yield launchRequest(at(c)));
  const slot = {
    value: routine.spoken,
    id: routine.id,
    name: routine.spoken,
    type: SlotType.Routine,
  };
  let last = carry(yield intentRequest(at(c), Intent.StartRoutine, { [Slot.Routine]: slot }));
  for (let turns = 2; turns < maxTurns; turns++) {
    if (last?.response.shouldEndSession) return { finished: true };
    const roll = random();
    if (roll < 0.06) {
      carry(yield intentRequest(at(c), BuiltIn.Repeat));
    } else if (roll < 0.1) {
      carry(yield intentRequest(at(c), BuiltIn.Pause));
      turns++;
    } else if (roll < 0.13) {
      // Silence: Alexa closes the session; later the user opens the skill and resumes.
      yield sessionEndedRequest(at(c), 'EXCEEDED_MAX_REPROMPTS');
      c = nextSession(c);
      carry(yield launchRequest(at(c)));
      turns += 2;
    } else {
      last = carry(yield intentRequest(at(c), BuiltIn.Next));
      continue;
    }
    last = carry(yield intentRequest(at(c), roll < 0.06 ? BuiltIn.Next : BuiltIn.Resume));
  }
  return { finished: false };
}
