import { DefaultPreferences } from '../narration/types';
import { CurrentSchemaVersion, type UserRecord } from './types';

/** The record of a user the skill has never seen: default preferences, no progress. */
export function freshRecord(now: Date): UserRecord {
  const at = now.toISOString();
  return {
    schemaVersion: CurrentSchemaVersion,
    version: 0,
    prefs: structuredClone(DefaultPreferences),
    prefsChangedAt: {},
    history: [],
    streak: { days: 0 },
    welcomed: false,
    exerciseSessions: {},
    createdAt: at,
    updatedAt: at,
  };
}
