/**
 * The reminders permission: whether the request carries it, and how to ask for it by voice.
 * Alexa asks the question itself; the answer comes back as a Connections.Response carrying
 * our token, which says what the user wanted, so nothing depends on session attributes.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Directive } from 'ask-sdk-model';
import type { ClockTime } from './time';

export const RemindersScope = 'alexa::alerts:reminders:skill:readwrite';

/** The skill connection name for voice consent (Connections.SendRequest). */
export const AskForName = 'AskFor';

/** What the user answered Alexa's consent question. */
export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/** True when the user has granted the reminders permission (the envelope says so). */
export function hasRemindersPermission(input: HandlerInput): boolean {
  const user = input.requestEnvelope.context?.System?.user;
  return user?.permissions?.scopes?.[RemindersScope]?.status === 'GRANTED';
}

/** The reminder a consent request was for: round-trips through Alexa in the token. */
export interface ConsentToken {
  op: 'set' | 'change';
  time: ClockTime;
}

const TokenPattern = /^reminder:(set|change):(\d{1,2}):(\d{2})$/;

export function encodeToken(t: ConsentToken): string {
  return `reminder:${t.op}:${t.time.hour}:${String(t.time.minute).padStart(2, '0')}`;
}

export function decodeToken(token: string | undefined): ConsentToken | undefined {
  const m = TokenPattern.exec(token ?? '');
  if (!m) return undefined;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return undefined;
  return { op: m[1] as ConsentToken['op'], time: { hour, minute } };
}

/** Hands the conversation to Alexa's own consent question for the reminders permission. */
export function askForConsent(token: ConsentToken): Directive {
  return {
    type: 'Connections.SendRequest',
    name: AskForName,
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '1',
      permissionScope: RemindersScope,
    },
    token: encodeToken(token),
  };
}
