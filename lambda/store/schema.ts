/**
 * The one schema at the edge: what a stored record (and the copy carried in session
 * attributes) may hold. Nothing from the device or the store reaches the turn without passing
 * through here (read by guard.ts: `strict` for session attributes, `repair` for stored records).
 *
 * Adding a record field: declare it in `UserRecord` (types.ts), then add one line below; the
 * type checker points here until you do. Pick the tightest range, length or cap that fits.
 */
import { DefaultPreferences, type Preferences } from '../narration/types';
import {
  bool,
  group,
  list,
  mended,
  num,
  oneOf,
  optional,
  ranged,
  record,
  refined,
  shape,
  text,
  value,
  type Field,
} from './fields';
import { MaxAlertTokenLength, MaxHistory, type HistoryEntry, type ResumePoint } from './types';
import type { ReminderRecord, UserRecord } from './types';
import {
  MaxCountedExercises,
  MaxSessionsCounted,
  normalizeExerciseSessions,
  type ExerciseSessions,
} from './exercise-sessions';

/** Limits, named so tests and the README can quote them. */
export const Limits = {
  /** Breathing counts, seconds per phase: at least 1 in and out, holds may be 0. */
  breathSeconds: 12,
  holdScale: [0.5, 2],
  /** Exercise ids a user may leave out (the catalogue has fewer). */
  leaveOut: 64,
  /** Routine and exercise ids. */
  idLength: 64,
  /** Steps in a routine and chunks in a step: far above any content. */
  index: 499,
  /** Minutes of one finished session. */
  minutes: 600,
} as const;

export const Id = text(Limits.idLength, /^[a-z0-9][a-z0-9-]*$/);
/** ISO 8601 instants as toISOString writes them (older records may lack milliseconds). */
export const IsoTime = text(
  40,
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
);
/** A local calendar day, YYYY-MM-DD. */
const LocalDay = text(10, /^\d{4}-\d{2}-\d{2}$/);
/** An IANA zone name ("America/Los_Angeles", "Etc/GMT+5", "UTC"). */
export const TimeZoneName = text(64, /^[A-Za-z][A-Za-z0-9_+\-/]*$/);

const d = DefaultPreferences;
const breath = (min: number, fallback: number) => ranged(min, Limits.breathSeconds, fallback);

const prefs = group<Preferences>({
  pace: value(oneOf(['slower', 'normal', 'faster']), d.pace),
  holdScale: ranged(Limits.holdScale[0], Limits.holdScale[1], d.holdScale, { whole: false }),
  breathing: group({
    inhale: breath(1, d.breathing.inhale),
    holdIn: breath(0, d.breathing.holdIn),
    exhale: breath(1, d.breathing.exhale),
    holdOut: breath(0, d.breathing.holdOut),
  }),
  quiet: value(bool, d.quiet),
  gentle: value(bool, d.gentle),
  leaveOut: list(Id, Limits.leaveOut),
  handsFree: value(bool, d.handsFree),
});

const prefsChangedAt = group<UserRecord['prefsChangedAt']>(
  Object.fromEntries(Object.keys(DefaultPreferences).map((k) => [k, optional(IsoTime)])) as {
    [K in keyof Preferences]-?: Field<string | undefined>;
  },
);

export const Index = num(0, Limits.index);

const resume = shape<ResumePoint>({
  routineId: optional(Id),
  exerciseId: Id,
  stepIndex: Index,
  chunkIndex: Index,
  at: IsoTime,
  // Hands-free (issue 13): how far into the step's audio playback stopped, at most a day.
  audio: optional(
    shape<NonNullable<ResumePoint['audio']>>({
      offsetMs: num(0, 86_400_000),
      failed: optional(bool),
    }),
  ),
});

const historyEntry = shape<HistoryEntry>({
  date: LocalDay,
  routineId: Id,
  minutes: num(0, Limits.minutes, { whole: false }),
  at: IsoTime,
});

const streakDays = num(0, 100_000);

// --- Daily reminder (issue 16): bounded fields; a reminder without its token, hour and minute
// keeps only its bookkeeping (when it was offered, declined, changed).
const reminderFields = group<ReminderRecord>({
  alertToken: optional(text(MaxAlertTokenLength, /^[\x21-\x7e]+$/)),
  hour: optional(num(0, 23)),
  minute: optional(num(0, 59)),
  routineId: optional(Id),
  offeredAt: optional(IsoTime),
  declinedAt: optional(IsoTime),
  changedAt: value(IsoTime, ''),
});
const isSet = (r: ReminderRecord) =>
  r.alertToken !== undefined && r.hour !== undefined && r.minute !== undefined;
function wholeReminder(r: ReminderRecord): ReminderRecord | undefined {
  if (!r.changedAt) return undefined;
  if (isSet(r)) return r;
  const { offeredAt, declinedAt, changedAt } = r;
  return { ...(offeredAt && { offeredAt }), ...(declinedAt && { declinedAt }), changedAt };
}
const reminder = refined(
  reminderFields,
  (r) => isSet(r) || (!r.alertToken && r.hour === undefined && !r.routineId),
  wholeReminder,
);

// --- Sessions finished per exercise (issue 12): progress counts, capped (exercise-sessions.ts).
// Missing or of the wrong shape: none yet. Otherwise the valid entries, within the caps.
const exerciseSessions: Field<ExerciseSessions> = mended(
  record(Id, num(1, MaxSessionsCounted), MaxCountedExercises),
  normalizeExerciseSessions,
);

/**
 * The user record. `createdAt` and `updatedAt` fall back to '' here and are filled with the
 * current time by `normalizeRecord`, which knows the clock.
 */
export const userRecord = group<UserRecord>({
  schemaVersion: ranged(0, 1000, 0),
  version: ranged(0, Number.MAX_SAFE_INTEGER, 0),
  prefs,
  prefsChangedAt,
  resume: optional(resume),
  resumeClearedAt: optional(IsoTime),
  history: list(historyEntry, MaxHistory),
  streak: group({
    days: value(streakDays, 0),
    lastDate: optional(LocalDay),
  }),
  welcomed: value(bool, false),
  exerciseSessions,
  reminder,
  createdAt: value(IsoTime, ''),
  updatedAt: value(IsoTime, ''),
});
