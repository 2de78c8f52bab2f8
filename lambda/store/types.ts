/**
 * What the skill keeps about a user, and the persistence interface its stores implement.
 * Preferences and progress only: no pain reports, no diagnoses, no free text.
 */
import type { Preferences } from '../narration/types';
import type { ExerciseSessions } from './exercise-sessions';

export const CurrentSchemaVersion = 2;

/** Where the user stopped, so a later session can pick up there. */
export interface ResumePoint {
  /** Routine id, or undefined when a single exercise was started on its own. */
  routineId?: string;
  /** Exercise id at `stepIndex` (kept to detect content changes). */
  exerciseId: string;
  /** 0-based step within the routine (0 for a single exercise). */
  stepIndex: number;
  /** 0-based chunk within the step. */
  chunkIndex: number;
  /** ISO time the resume point was written. */
  at: string;
  /**
   * Hands-free: the step was playing as audio, stopped `offsetMs` into its part (one part per
   * step); `failed` when the device could not play it (the next launch apologises and carries
   * on turn by turn).
   */
  audio?: { offsetMs: number; failed?: boolean };
}

/** One finished (or substantially done) routine. */
export interface HistoryEntry {
  /** Local calendar day, YYYY-MM-DD, in the user's time zone. */
  date: string;
  /** Routine id, or an exercise id for a single exercise. */
  routineId: string;
  minutes: number;
  /** ISO time it finished; with routineId, the identity used to merge histories. */
  at: string;
}

export interface Streak {
  /** Consecutive local days with at least one finished routine. */
  days: number;
  /** Last local day counted, YYYY-MM-DD. */
  lastDate?: string;
}

/** The persisted user record (one item per user). */
export interface UserRecord {
  schemaVersion: number;
  /** Optimistic-lock version: incremented on every successful write. 0 means never written. */
  version: number;
  prefs: Preferences;
  /** ISO time each preference was last changed, for merging writes from two devices. */
  prefsChangedAt: Partial<Record<keyof Preferences, string>>;
  resume?: ResumePoint;
  /**
   * ISO time the resume point was last cleared (a routine finished). Lets a merge tell
   * "cleared at T" from "never set", so a finish on one device beats an older pause on another.
   */
  resumeClearedAt?: string;
  /** Newest last, capped (see MaxHistory). */
  history: HistoryEntry[];
  streak: Streak;
  /** True once the user has heard the welcome and disclaimer. */
  welcomed: boolean;
  /** Sessions finished per exercise id, capped (see exercise-sessions.ts). Progress only. */
  exerciseSessions: ExerciseSessions;
  /** The daily reminder set through Alexa, and the offer's bookkeeping (issue 16). */
  reminder?: ReminderRecord;
  createdAt: string;
  updatedAt: string;
}

export const MaxHistory = 60;

// --- Daily reminder (progress, not health data) ---------------------------------------------

/**
 * The daily reminder the skill set through Alexa's Reminders API, and when it last offered
 * one. `changedAt` decides a merge: the newest whole record wins.
 */
export interface ReminderRecord {
  /** Alexa's alert token; absent when no reminder is set. */
  alertToken?: string;
  /** Local time it rings, in the user's time zone: 0-23 and 0-59. */
  hour?: number;
  minute?: number;
  /** The routine the reminder invites the user to. */
  routineId?: string;
  /** ISO time the skill last offered a reminder after a routine. */
  offeredAt?: string;
  /** ISO time the user last said no to that offer. */
  declinedAt?: string;
  /** ISO time of the last change to any field above. */
  changedAt: string;
}

/** Alexa's alert tokens are opaque; anything longer is not one. */
export const MaxAlertTokenLength = 512;

/** Thrown by `put` when the stored version is not the expected one. */
export class VersionConflictError extends Error {
  constructor(message = 'The stored record changed since it was read') {
    super(message);
    this.name = 'VersionConflictError';
  }
}

/**
 * A store of user records. `put` is a conditional write: it succeeds only when the stored
 * record's version equals `expectedVersion` (0 = no record yet) and then stores the record
 * with version `expectedVersion + 1`. Implementations: DynamoDB, embedded files, memory.
 */
export interface UserStore {
  get(userId: string, options?: StoreCall): Promise<UserRecord | undefined>;
  put(
    userId: string,
    record: UserRecord,
    expectedVersion: number,
    options?: StoreCall,
  ): Promise<UserRecord>;
  delete(userId: string, options?: StoreCall): Promise<void>;
}

/**
 * Per call: `signal` aborts the request when the turn's storage budget (or attempt) ends. It
 * may be made when first read (a Budget's is): a store that cannot use it should not read it.
 */
export interface StoreCall {
  readonly signal?: AbortSignal;
}

/**
 * CONTRACT (implemented by the persistence work, lambda/store/repository.ts):
 *   class UserRepository {
 *     constructor(store: UserStore, options?: { retries?: number; clock?: () => Date })
 *     load(userId): Promise<UserRecord>          // a fresh default record when none; migrates old ones
 *     save(userId, record): Promise<SaveResult>  // never throws: retries faults, merges conflicts
 *     forget(userId): Promise<void>              // SkillDisabled
 *   }
 */
export type SaveResult =
  | { ok: true; record: UserRecord }
  /** `uncertain`: an attempt cut off in flight may have landed, and no read could tell. */
  | { ok: false; error: string; uncertain?: boolean };
