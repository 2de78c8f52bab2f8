/**
 * Merging two versions of one user's record, written by two devices at once. Nothing either
 * device did is lost: history is a union, each preference keeps its newest value, the newest
 * resume point (or the newest "finished") wins, and the streak is recomputed.
 */
import type { Preferences } from '../narration/types';
import { mergeExerciseSessions } from './exercise-sessions';
import { streakFromHistory } from './streak';
import { MaxHistory, type HistoryEntry, type UserRecord } from './types';

/**
 * Merges `local` (what this turn wants to write) into `stored` (what another device wrote
 * meanwhile). The result carries `stored.version`, ready for the next conditional write.
 * On exact ties `local` wins: it is the later writer.
 */
export function mergeRecords(stored: UserRecord, local: UserRecord): UserRecord {
  const history = unionHistory(stored.history, local.history);
  return {
    schemaVersion: local.schemaVersion,
    version: stored.version,
    ...mergePrefs(stored, local),
    ...mergeResume(stored, local),
    history,
    streak: streakFromHistory(history, [stored.streak, local.streak]),
    welcomed: stored.welcomed || local.welcomed,
    exerciseSessions: mergeExerciseSessions(stored.exerciseSessions, local.exerciseSessions),
    ...mergeReminder(stored, local),
    createdAt: older(stored.createdAt, local.createdAt),
    updatedAt: local.updatedAt,
  };
}

function unionHistory(a: HistoryEntry[], b: HistoryEntry[]): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const h of [...a, ...b]) byKey.set(`${h.routineId}\u0000${h.at}`, h);
  const all = [...byKey.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  return all.slice(-MaxHistory);
}

function mergePrefs(stored: UserRecord, local: UserRecord) {
  const prefs = { ...local.prefs } as Record<keyof Preferences, unknown>;
  const prefsChangedAt = { ...local.prefsChangedAt };
  for (const key of Object.keys(local.prefs) as (keyof Preferences)[]) {
    const theirs = stored.prefsChangedAt[key];
    const ours = local.prefsChangedAt[key];
    if (theirs !== undefined && (ours === undefined || theirs > ours)) {
      prefs[key] = stored.prefs[key];
      prefsChangedAt[key] = theirs;
    }
  }
  return { prefs: prefs as unknown as Preferences, prefsChangedAt };
}

function mergeResume(stored: UserRecord, local: UserRecord) {
  const candidates = [stored.resume, local.resume].filter((r) => r !== undefined);
  const resume = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, r) => (best === undefined || r.at >= best.at ? r : best),
    undefined,
  );
  const cleared = newest(stored.resumeClearedAt, local.resumeClearedAt);
  const keep = resume !== undefined && (cleared === undefined || resume.at > cleared);
  // Absent keys rather than `undefined` values, so every store writes the same item.
  return {
    ...(keep ? { resume } : {}),
    ...(cleared !== undefined ? { resumeClearedAt: cleared } : {}),
  };
}

/** The reminder changed last wins whole: a token never pairs with another device's time. */
function mergeReminder(stored: UserRecord, local: UserRecord) {
  const [a, b] = [stored.reminder, local.reminder];
  const reminder = !a ? b : !b ? a : a.changedAt > b.changedAt ? a : b;
  return reminder ? { reminder } : {};
}

function newest(a?: string, b?: string): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function older(a: string, b: string): string {
  return a < b ? a : b;
}
