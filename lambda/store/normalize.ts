/**
 * Turns whatever a store returned into a well-formed current record, through the edge schema
 * (schema.ts): known keys only, each valid or repaired on its own. Unknown keys are dropped, so
 * a stray field can never ride along into storage (see README: what is never stored).
 */
import { repair } from './guard';
import { userRecord } from './schema';
import { CurrentSchemaVersion, type UserRecord } from './types';

/** A current-schema record from a (migrated) stored object; `now` fills missing times. */
export function normalizeRecord(raw: unknown, now: Date): UserRecord {
  return normalizeChecked(raw, now).record;
}

/** Like `normalizeRecord`, and says whether any field had to be repaired. */
export function normalizeChecked(
  raw: unknown,
  now: Date,
): { record: UserRecord; changed: boolean } {
  const { value: r, changed } = repair(userRecord, raw);
  const at = now.toISOString();
  const record: UserRecord = {
    ...r,
    schemaVersion: CurrentSchemaVersion,
    // A streak of no days has no last day.
    streak: r.streak.days > 0 && r.streak.lastDate ? r.streak : { days: 0 },
    createdAt: r.createdAt || at,
    updatedAt: r.updatedAt || at,
  };
  return { record, changed };
}
