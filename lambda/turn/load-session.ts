/** Reads the user's record once per session; later turns use the copy in session attributes. */
import type { HandlerInput } from 'ask-sdk-core';
import { getUserId } from '../ask-sdk';
import type { Budget } from '../store/budget';
import type { UserRepository } from '../store/repository';
import { getTimeZone } from '../store/time-zone';
import { IdleState, type DialogState } from '../routine/state';
import { activityOf, positionOf } from './resume';
import { getSessionAttributes, readAttributes, type SessionAttributes } from './attributes';

export async function loadSession(
  input: HandlerInput,
  repository: UserRepository,
  budget: Budget,
): Promise<SessionAttributes> {
  const kept = readAttributes(getSessionAttributes(input));
  if (kept) return kept;
  const [{ record: user, repaired }, timeZone] = await Promise.all([
    repository.loadChecked(getUserId(input.requestEnvelope), budget),
    getTimeZone(input),
  ]);
  // A new session starts idle; an unfinished activity is picked up through the resume point.
  const dialog: DialogState = user.resume
    ? { phase: 'paused', activity: activityOf(user.resume), position: positionOf(user.resume) }
    : IdleState;
  // A stored item that had to be migrated or repaired is written back by this turn's save.
  return { user, dialog, timeZone, ...(repaired ? { unsaved: true } : {}) };
}
