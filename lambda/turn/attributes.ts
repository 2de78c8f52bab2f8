/** The typed session attributes carried between turns of one session. */
import type { HandlerInput } from 'ask-sdk-core';
import type { DialogState } from '../routine/state';
import type { UserRecord } from '../store/types';
import { Invalid, strict } from '../store/guard';
import { sessionAttributes } from './session-schema';

export interface SessionAttributes {
  /** The stored record, read once per session and kept here. */
  user: UserRecord;
  dialog: DialogState;
  /** The user's IANA time zone, looked up once per session. */
  timeZone: string;
  /** The stored record is behind this one (a save failed, or it needs repair): save it. */
  unsaved?: boolean;
  /** The user was already told this session that progress could not be saved. */
  toldUnsaved?: boolean;
}

/**
 * Session attributes that pass the edge schema, with unknown keys dropped; anything else (a
 * new session, an older deploy's vocabulary, hostile input) is ignored and the turn reads the
 * stored record instead.
 */
export function readAttributes(raw: unknown): SessionAttributes | undefined {
  if (raw === undefined) return undefined;
  const parsed = strict(sessionAttributes, raw);
  return parsed === Invalid ? undefined : parsed;
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
