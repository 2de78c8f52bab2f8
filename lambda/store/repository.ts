/**
 * The one door to user records for the skill. Loading never fails a turn (a fresh record
 * stands in), saving never throws (it retries faults, merges conflicting writes, and reports
 * the outcome), and forgetting deletes everything kept about the user.
 */
import { freshRecord } from './defaults';
import { mergeRecords } from './merge';
import { migrateRecord } from './migrate';
import { normalizeRecord } from './normalize';
import { realSleep, withRetries, type RetryPolicy } from './retry';
import { VersionConflictError, type SaveResult, type UserRecord, type UserStore } from './types';

/** Tuning and test seams. Every field is optional. */
export interface RepositoryOptions {
  /** Extra tries after a transient fault (default 3: waits of 100, 200, 400 ms). */
  retries?: number;
  /** First backoff delay in ms (default 100). */
  baseDelayMs?: number;
  /** Re-read and merge at most this many times when another device wrote first (default 5). */
  conflictRetries?: number;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export class UserRepository {
  private readonly policy: RetryPolicy;
  private readonly clock: () => Date;
  private readonly conflictRetries: number;

  constructor(
    private readonly store: UserStore,
    options: RepositoryOptions = {},
  ) {
    this.policy = {
      retries: options.retries ?? 3,
      baseDelayMs: options.baseDelayMs ?? 100,
      sleep: options.sleep ?? realSleep,
    };
    this.clock = options.clock ?? (() => new Date());
    this.conflictRetries = options.conflictRetries ?? 5;
  }

  /**
   * The user's record, migrated to the current schema, or a fresh one for a new user. If the
   * store stays unreachable this also returns a fresh record (version 0): a later save then
   * meets a conflict and merges with what is stored, so nothing stored is overwritten.
   */
  async load(userId: string): Promise<UserRecord> {
    try {
      return await this.read(userId);
    } catch {
      return freshRecord(this.clock());
    }
  }

  /** Writes `record` (read at `record.version`). Never throws; see SaveResult. */
  async save(userId: string, record: UserRecord): Promise<SaveResult> {
    let next: UserRecord = { ...record, updatedAt: this.clock().toISOString() };
    for (let conflicts = 0; ; conflicts++) {
      // Normalizing drops any key the schema does not know: only preferences and progress
      // ever reach storage, whatever a caller put in the record.
      const clean = normalizeRecord({ ...next }, this.clock());
      try {
        const stored = await this.retry(() => this.store.put(userId, clean, clean.version));
        return { ok: true, record: stored };
      } catch (e) {
        if (!(e instanceof VersionConflictError) || conflicts >= this.conflictRetries) {
          return { ok: false, error: describe(e) };
        }
      }
      try {
        next = mergeRecords(await this.read(userId), next);
      } catch (e) {
        return { ok: false, error: describe(e) };
      }
    }
  }

  /** Deletes everything stored about the user (on SkillDisabled). */
  async forget(userId: string): Promise<void> {
    await this.retry(() => this.store.delete(userId));
  }

  private async read(userId: string): Promise<UserRecord> {
    const raw = await this.retry(() => this.store.get(userId));
    return raw === undefined ? freshRecord(this.clock()) : migrateRecord(raw, this.clock());
  }

  private retry<T>(task: () => Promise<T>): Promise<T> {
    return withRetries(task, this.policy);
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
