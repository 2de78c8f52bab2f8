/** The typed session attributes carried between turns of one session. */
import type { HandlerInput } from 'ask-sdk-core';
import { isDialogState, type DialogState } from '../routine/state';
import type { UserRecord } from '../store/types';

export interface SessionAttributes {
  /** The stored record, read once per session and kept here. */
  user: UserRecord;
  dialog: DialogState;
  /** The user's IANA time zone, looked up once per session. */
  timeZone: string;
  /** The last save failed; the next turn tries again. */
  unsaved?: boolean;
  /** The user was already told this session that progress could not be saved. */
  toldUnsaved?: boolean;
}

/** Session attributes that look like ours; anything else (a new session, odd input) is ignored. */
export function readAttributes(
  raw: Record<string, unknown> | undefined,
): SessionAttributes | undefined {
  const a = raw as Partial<SessionAttributes> | undefined;
  if (!a || typeof a !== 'object' || !a.user || !isDialogState(a.dialog)) return undefined;
  return {
    ...a,
    timeZone: typeof a.timeZone === 'string' ? a.timeZone : 'UTC',
  } as SessionAttributes;
}

/** Session attributes exist only inside a session (skill events and some one-shots have none). */
export function getSessionAttributes(input: HandlerInput): Record<string, unknown> | undefined {
  return input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : undefined;
}

export function setSessionAttributes(input: HandlerInput, attributes: SessionAttributes): void {
  if (input.requestEnvelope.session) {
    input.attributesManager.setSessionAttributes(attributes as unknown as Record<string, unknown>);
  }
}
