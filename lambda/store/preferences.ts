import type { Preferences } from '../narration/types';
import type { UserRecord } from './types';

/**
 * Applies preference changes and stamps when each one changed. Always change preferences
 * through here: the stamps are what lets a merge keep the newest value when two devices
 * changed different (or the same) preferences at once.
 */
export function changePreferences(
  record: UserRecord,
  changes: Partial<Preferences>,
  now: Date,
): UserRecord {
  const at = now.toISOString();
  const stamps = Object.fromEntries(Object.keys(changes).map((k) => [k, at]));
  return {
    ...record,
    prefs: { ...record.prefs, ...changes },
    prefsChangedAt: { ...record.prefsChangedAt, ...stamps },
  };
}
