/**
 * Turns whatever a store returned into a well-formed current record: known keys only, each
 * with the right type, defaults where something is missing. Unknown keys are dropped, so a
 * stray field can never ride along into storage (see README: what is never stored).
 */
import { DefaultPreferences, type Pace, type Preferences } from '../narration/types';
import { freshRecord } from './defaults';
import { normalizeExerciseSessions } from './exercise-sessions';
import { CurrentSchemaVersion, MaxHistory, type HistoryEntry, type UserRecord } from './types';
import type { ReminderRecord, ResumePoint, Streak } from './types';
import { MaxAlertTokenLength } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const Paces: readonly Pace[] = ['slower', 'normal', 'faster'];
const PrefKeys = Object.keys(DefaultPreferences) as (keyof Preferences)[];

function prefs(v: unknown): Preferences {
  const p = isObj(v) ? v : {};
  const d = DefaultPreferences;
  const b = isObj(p.breathing) ? p.breathing : {};
  return {
    pace: Paces.includes(p.pace as Pace) ? (p.pace as Pace) : d.pace,
    holdScale: Math.min(2, Math.max(0.5, num(p.holdScale) ?? d.holdScale)),
    breathing: {
      inhale: num(b.inhale) ?? d.breathing.inhale,
      holdIn: num(b.holdIn) ?? d.breathing.holdIn,
      exhale: num(b.exhale) ?? d.breathing.exhale,
      holdOut: num(b.holdOut) ?? d.breathing.holdOut,
    },
    quiet: p.quiet === true,
    flare: p.flare === true,
    leaveOut: Array.isArray(p.leaveOut) ? p.leaveOut.filter((x) => typeof x === 'string') : [],
  };
}

function changedAt(v: unknown): UserRecord['prefsChangedAt'] {
  const out: UserRecord['prefsChangedAt'] = {};
  if (!isObj(v)) return out;
  for (const k of PrefKeys) if (str(v[k])) out[k] = v[k] as string;
  return out;
}

function resume(v: unknown): ResumePoint | undefined {
  if (!isObj(v) || !str(v.exerciseId) || !str(v.at)) return undefined;
  return {
    ...(str(v.routineId) ? { routineId: v.routineId as string } : {}),
    exerciseId: v.exerciseId as string,
    stepIndex: Math.max(0, Math.trunc(num(v.stepIndex) ?? 0)),
    chunkIndex: Math.max(0, Math.trunc(num(v.chunkIndex) ?? 0)),
    at: v.at as string,
  };
}

function history(v: unknown): HistoryEntry[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((h): h is Obj => isObj(h) && !!str(h.date) && !!str(h.routineId) && !!str(h.at))
    .map((h) => ({
      date: h.date as string,
      routineId: h.routineId as string,
      minutes: Math.max(0, num(h.minutes) ?? 0),
      at: h.at as string,
    }))
    .slice(-MaxHistory);
}

function streak(v: unknown): Streak {
  if (!isObj(v)) return { days: 0 };
  const days = Math.max(0, Math.trunc(num(v.days) ?? 0));
  return str(v.lastDate) && days > 0 ? { days, lastDate: v.lastDate as string } : { days: 0 };
}

// --- Daily reminder: bounded fields only; an incomplete reminder keeps only its bookkeeping.
const ReminderIdPattern = /^[a-z0-9-]{1,64}$/;
const whole = (v: unknown, lo: number, hi: number): number | undefined => {
  const n = num(v);
  return n !== undefined && Number.isInteger(n) && n >= lo && n <= hi ? n : undefined;
};

function reminder(v: unknown): ReminderRecord | undefined {
  if (!isObj(v) || !str(v.changedAt)) return undefined;
  const token = str(v.alertToken);
  const hour = whole(v.hour, 0, 23);
  const minute = whole(v.minute, 0, 59);
  const routineId = str(v.routineId);
  const set =
    token && token.length <= MaxAlertTokenLength && hour !== undefined && minute !== undefined;
  return {
    ...(set ? { alertToken: token, hour, minute } : {}),
    ...(set && routineId && ReminderIdPattern.test(routineId) ? { routineId } : {}),
    ...(str(v.offeredAt) ? { offeredAt: v.offeredAt as string } : {}),
    ...(str(v.declinedAt) ? { declinedAt: v.declinedAt as string } : {}),
    changedAt: v.changedAt as string,
  };
}

/** A current-schema record from a (migrated) stored object; `now` fills missing times. */
export function normalizeRecord(raw: Obj, now: Date): UserRecord {
  const base = freshRecord(now);
  const r = resume(raw.resume);
  const cleared = str(raw.resumeClearedAt);
  const r2 = reminder(raw.reminder);
  return {
    schemaVersion: CurrentSchemaVersion,
    version: Math.max(0, Math.trunc(num(raw.version) ?? 0)),
    prefs: prefs(raw.prefs),
    prefsChangedAt: changedAt(raw.prefsChangedAt),
    ...(r ? { resume: r } : {}),
    ...(cleared ? { resumeClearedAt: cleared } : {}),
    history: history(raw.history),
    streak: streak(raw.streak),
    welcomed: raw.welcomed === true,
    exerciseSessions: normalizeExerciseSessions(raw.exerciseSessions),
    ...(r2 ? { reminder: r2 } : {}),
    createdAt: str(raw.createdAt) ?? base.createdAt,
    updatedAt: str(raw.updatedAt) ?? base.updatedAt,
  };
}
