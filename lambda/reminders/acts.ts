/** What a reminder turn decided to say: small typed acts, rendered through i18n. */
import type { ReminderFailure } from './api';
import type { ClockTime } from './time';

export type ReminderAct =
  /** No clock time was heard: ask for one. */
  | { type: 'ask-time'; op: 'set' | 'change' }
  /** Alexa will now ask for the permission: say what is about to be set, and how often. */
  | { type: 'consent-needed'; time: ClockTime }
  | { type: 'set'; time: ClockTime; routineId: string }
  | { type: 'changed'; time: ClockTime }
  | { type: 'status'; time: ClockTime; routineId?: string }
  | { type: 'none' }
  /** The stored reminder no longer exists in Alexa (deleted in the app). */
  | { type: 'gone' }
  | { type: 'cancelled' }
  | { type: 'failed'; failure: ReminderFailure }
  /** The user said no to Alexa's permission question. */
  | { type: 'consent-denied' }
  /** Nobody answered Alexa's permission question: a card explains the app route. */
  | { type: 'consent-unanswered' }
  /** Voice consent did not work on this device: the card is the way. */
  | { type: 'consent-by-card' }
  /** "No" to the offer after a routine. */
  | { type: 'offer-declined' };

/** Acts that send the AskForPermissionsConsent card to the Alexa app. */
export const CardActs: ReadonlySet<ReminderAct['type']> = new Set([
  'consent-unanswered',
  'consent-by-card',
]);
