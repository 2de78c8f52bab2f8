/**
 * The save at the end of a turn, and what the user is told about it. A save that fails on an
 * ordinary turn is retried on the next one (the record rides along in session attributes),
 * and the user hears once that progress is not saved yet. On a turn that ends the session
 * nothing would try again, so the save retries until the turn's deadline; if it still fails
 * the user hears plainly that this session was not saved, and nothing claims it was.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getUserId } from '../ask-sdk';
import { hashId, type Logger } from '../interceptors/logging';
import type { Budget } from '../store/budget';
import type { UserRepository } from '../store/repository';
import type { UserRecord } from '../store/types';
import type { SessionAttributes } from './attributes';

export interface TurnSave {
  user: UserRecord;
  /** The turn changed the record. */
  changed: boolean;
  session: SessionAttributes;
  /** The session ends with this turn. */
  ending: boolean;
  now: Date;
}

export interface SaveOutcome {
  /** The record as stored (or as it stands, when the save failed). */
  user: UserRecord;
  /** Still not stored: the next turn of this session tries again. */
  unsaved: boolean;
  /** Say now that progress is not saved yet (once per session, on an ordinary turn). */
  tellUnsaved: boolean;
  /** The session ends and its progress could not be stored: say so, claim nothing saved. */
  saveLost: boolean;
}

export async function saveTurn(
  input: HandlerInput,
  deps: { repository: UserRepository; log?: Logger },
  budget: Budget,
  turn: TurnSave,
): Promise<SaveOutcome> {
  const pending = turn.session.unsaved ?? false;
  if (!turn.changed && !pending)
    return { user: turn.user, unsaved: false, tellUnsaved: false, saveLost: false };
  const userId = getUserId(input.requestEnvelope);
  const saved = await deps.repository.save(
    userId,
    { ...turn.user, updatedAt: turn.now.toISOString() },
    { budget, untilDeadline: turn.ending },
  );
  if (saved.ok) return { user: saved.record, unsaved: false, tellUnsaved: false, saveLost: false };
  // Operators see every unsaved turn; `lost` ones (the session ended) are not retried.
  deps.log?.({
    event: turn.ending ? 'save-lost' : 'save-failed',
    user: hashId(userId),
    uncertain: saved.uncertain ?? false,
    error: saved.error.slice(0, 200),
  });
  return {
    user: turn.user,
    unsaved: true,
    tellUnsaved: !turn.ending && !turn.session.toldUnsaved,
    saveLost: turn.ending,
  };
}
