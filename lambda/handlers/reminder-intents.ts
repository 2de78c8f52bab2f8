import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../ask-sdk';
import { Intent, Slot } from '../ids';
import { cancel, describe, setDaily } from '../reminders/flow';
import { parseSpokenTime } from '../reminders/time';
import { runReminderTurn } from '../reminders/turn';
import { getSessionAttributes, readAttributes } from '../turn/attributes';
import { runTurn, type TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { readSlot } from './slots';

/** A clock time heard in the time slot; a part of the day alone ("in the morning") is none. */
function heardTime(i: HandlerInput) {
  const time = parseSpokenTime(readSlot(i, Slot.Time).heard);
  return time === 'vague' ? undefined : time;
}

function timeAsked(i: HandlerInput): boolean {
  return readAttributes(getSessionAttributes(i))?.dialog.pending?.kind === 'reminder-time';
}

/**
 * "Remind me every morning at seven", "change my reminder to eight", "what's my reminder?",
 * "cancel my reminder", and a bare "seven" when the skill just asked what time. Setting with a
 * reminder already there moves it. A bare time asked for nothing is not understood: a stray
 * number must never set a reminder.
 */
export const reminderIntentsHandler = (deps: TurnDependencies): RequestHandler => ({
  canHandle: (i) =>
    isIntent(
      i,
      Intent.SetReminder,
      Intent.ChangeReminder,
      Intent.ReminderStatus,
      Intent.CancelReminder,
      Intent.ReminderTime,
    ),
  handle: (i) => {
    const intent = getIntentName(i.requestEnvelope);
    if (intent === Intent.ReminderTime && !timeAsked(i))
      return runTurn(i, { type: 'ask', topic: 'fallback' }, deps);
    return runReminderTurn(i, deps, (c) => {
      if (intent === Intent.ReminderStatus) return describe(c);
      if (intent === Intent.CancelReminder) return cancel(c);
      return setDaily(c, c.user.reminder?.alertToken ? 'change' : 'set', heardTime(i));
    });
  },
});
