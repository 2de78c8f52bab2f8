/**
 * Progress maths: what finishing a routine does to a record, and the weekly summary the
 * progress intent reads out. Pure: the clock and the time zone are passed in.
 */
import { addDays, daysBetween, localDate } from './local-date';
import { extendStreak } from './streak';
import { MaxHistory, type UserRecord } from './types';

export { localDate } from './local-date';

/** A routine (or single exercise) the user finished. */
export interface Finished {
  routineId: string;
  minutes: number;
  now: Date;
  /** IANA zone name from the Alexa settings API, or 'UTC'. */
  timeZone: string;
}

/** Appends the finish to history, moves the streak on, and clears the resume point. */
export function recordFinished(record: UserRecord, f: Finished): UserRecord {
  const date = localDate(f.now, f.timeZone);
  const at = f.now.toISOString();
  const history = [...record.history, { date, routineId: f.routineId, minutes: f.minutes, at }];
  const next: UserRecord = {
    ...record,
    history: history.slice(-MaxHistory),
    streak: extendStreak(record.streak, date),
    resumeClearedAt: at,
  };
  delete next.resume;
  return next;
}

/** What "how am I doing" reports. */
export interface WeekSummary {
  /** Current streak in days; 0 once a whole local day has passed without a session. */
  streakDays: number;
  /** Sessions on the last 7 local days, today included. */
  sessionsThisWeek: number;
  minutesThisWeek: number;
  /** The most recently finished routine, if any. */
  lastRoutineId?: string;
  /** A session was finished today (local day): the streak already counts today. */
  stretchedToday: boolean;
}

export function weekSummary(record: UserRecord, now: Date, timeZone: string): WeekSummary {
  const today = localDate(now, timeZone);
  const weekStart = addDays(today, -6);
  const thisWeek = record.history.filter((h) => h.date >= weekStart && h.date <= today);
  const { days, lastDate } = record.streak;
  const alive = lastDate !== undefined && daysBetween(lastDate, today) <= 1;
  const last = record.history.at(-1);
  return {
    streakDays: alive ? days : 0,
    sessionsThisWeek: thisWeek.length,
    minutesThisWeek: thisWeek.reduce((sum, h) => sum + h.minutes, 0),
    stretchedToday: lastDate === today,
    ...(last ? { lastRoutineId: last.routineId } : {}),
  };
}
