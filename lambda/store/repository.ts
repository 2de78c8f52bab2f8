/**
 * The one door to user records for the skill. Loading never fails a turn (a fresh record
 * stands in), saving never throws (it retries faults, merges conflicting writes, and reports
 * the outcome), and forgetting deletes everything kept about the user.
 *
 * Time: every call draws on a Budget (budget.ts), the turn's one deadline for storage. A read
 * takes at most `readMs` of it, so a save always has time left; a save that must not be lost
 * (`untilDeadline`) keeps retrying, with jittered backoff, until the budget is spent.
 */
import { Budget } from './budget';
import { freshRecord } from './defaults';
import { mergeRecords } from './merge';
import { migrateChecked, migrateRecord } from './migrate';
import { normalizeRecord } from './normalize';
import { mayHaveLanded, withRetries, type RetryPolicy } from './retry';
import {
  VersionConflictError,
  type SaveResult,
  type StoreCall,
  type UserRecord,
  type UserStore,
} from './types';

/** Tuning and test seams. Every field is optional. */
export interface RepositoryOptions {
  /** Extra tries after a transient fault on an ordinary turn (default 3). */
  retries?: number;
  /** First backoff delay in ms before jitter (default 50), doubling up to `maxDelayMs`. */
  baseDelayMs?: number;
  /** Longest backoff in ms (default 250): a session-ending save gets ~40 tries in its budget. */
  maxDelayMs?: number;
  /** One request is aborted and retried after this many ms (default 1500). */
  attemptMs?: number;
  /** A read (with its retries) takes at most this much of the budget (default 2000). */
  readMs?: number;
  /** A turn's storage budget, in ms (default 5200: with `verifyMs`, the turn answers in 6 s). */
  budgetMs?: number;
  /**
   * After a save whose last attempts were cut off in flight, one read may take this long past
   * the budget to learn whether the write landed (default 300; the turn still answers in 6 s).
   */
  verifyMs?: number;
  /** Re-read and merge at most this many times when another device wrote first (default 5). */
  conflictRetries?: number;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** A loaded record, and whether the stored item needed migrating or repairing. */
export interface Loaded {
  record: UserRecord;
  repaired: boolean;
}

/** How a save may spend its budget. */
export interface SaveOptions {
  budget?: Budget;
  /**
   * The session ends with this turn, so nothing would try again: retry until the budget is
   * spent instead of giving up after `retries`.
   */
  untilDeadline?: boolean;
}

export class UserRepository {
  private readonly policy: RetryPolicy;
  private readonly clock: () => Date;
  private readonly conflictRetries: number;
  private readonly readMs: number;
  private readonly budgetMs: number;
  private readonly verifyMs: number;

  constructor(
    private readonly store: UserStore,
    options: RepositoryOptions = {},
  ) {
    this.policy = {
      retries: options.retries ?? 3,
      baseDelayMs: options.baseDelayMs ?? 50,
      maxDelayMs: options.maxDelayMs ?? 250,
      attemptMs: options.attemptMs ?? 1500,
      sleep: options.sleep,
      random: options.random,
    };
    this.clock = options.clock ?? (() => new Date());
    this.conflictRetries = options.conflictRetries ?? 5;
    this.readMs = options.readMs ?? 2000;
    this.budgetMs = options.budgetMs ?? 5200;
    this.verifyMs = options.verifyMs ?? 300;
  }

  /** A budget for one turn's storage calls, as this repository is tuned. */
  newBudget(): Budget {
    return new Budget(this.budgetMs);
  }

  /**
   * The user's record, migrated to the current schema, or a fresh one for a new user. If the
   * store stays unreachable this also returns a fresh record (version 0): a later save then
   * meets a conflict and merges with what is stored, so nothing stored is overwritten.
   */
  async load(userId: string, budget?: Budget): Promise<UserRecord> {
    return (await this.loadChecked(userId, budget)).record;
  }

  /**
   * Like `load`, and says whether the stored item had to be migrated or repaired: then it is
   * worth writing back, even if the turn changes nothing.
   */
  async loadChecked(userId: string, budget?: Budget): Promise<Loaded> {
    const own = budget ? undefined : this.newBudget();
    const slice = (budget ?? own!).slice(this.readMs);
    try {
      const raw = await withRetries((call) => this.store.get(userId, call), this.policy, slice);
      if (raw === undefined) return { record: freshRecord(this.clock()), repaired: false };
      return migrateChecked(raw, this.clock());
    } catch {
      return { record: freshRecord(this.clock()), repaired: false };
    } finally {
      slice.close();
      own?.close();
    }
  }

  /** Writes `record` (read at `record.version`). Never throws; see SaveResult. */
  async save(userId: string, record: UserRecord, options: SaveOptions = {}): Promise<SaveResult> {
    const own = options.budget ? undefined : this.newBudget();
    const budget = options.budget ?? own!;
    const policy = options.untilDeadline ? { ...this.policy, retries: Infinity } : this.policy;
    try {
      return await this.write(userId, record, budget, policy);
    } finally {
      own?.close();
    }
  }

  /** Deletes everything stored about the user (on SkillDisabled). */
  async forget(userId: string): Promise<void> {
    const budget = this.newBudget();
    try {
      await withRetries((call) => this.store.delete(userId, call), this.policy, budget);
    } finally {
      budget.close();
    }
  }

  private async write(
    userId: string,
    record: UserRecord,
    budget: Budget,
    policy: RetryPolicy,
  ): Promise<SaveResult> {
    let next: UserRecord = { ...record, updatedAt: this.clock().toISOString() };
    for (let conflicts = 0; ; conflicts++) {
      // Normalizing drops any key the schema does not know: only preferences and progress
      // ever reach storage, whatever a caller put in the record.
      const clean = normalizeRecord({ ...next }, this.clock());
      let inFlight = false;
      const put = (call: StoreCall) =>
        this.store.put(userId, clean, clean.version, call).catch((e: unknown) => {
          inFlight ||= mayHaveLanded(e);
          throw e;
        });
      try {
        return { ok: true, record: await withRetries(put, policy, budget) };
      } catch (e) {
        if (!(e instanceof VersionConflictError) || conflicts >= this.conflictRetries) {
          return inFlight ? this.verify(userId, clean, e) : { ok: false, error: describe(e) };
        }
      }
      try {
        next = mergeRecords(await this.read(userId, budget, policy), next);
      } catch (e) {
        return { ok: false, error: describe(e) };
      }
    }
  }

  /**
   * Whether a write cut off in flight landed after all: ours if the stored item carries the
   * version it would have written and its update time. One read, on a short budget of its own.
   */
  private async verify(userId: string, clean: UserRecord, e: unknown): Promise<SaveResult> {
    const budget = new Budget(this.verifyMs);
    try {
      const stored = await this.store.get(userId, { signal: budget.signal });
      if (stored?.version === clean.version + 1 && stored.updatedAt === clean.updatedAt)
        return { ok: true, record: migrateRecord(stored, this.clock()) };
      return { ok: false, error: describe(e) };
    } catch {
      return { ok: false, error: describe(e), uncertain: true };
    } finally {
      budget.close();
    }
  }

  private async read(userId: string, budget: Budget, policy: RetryPolicy): Promise<UserRecord> {
    const raw = await withRetries((call) => this.store.get(userId, call), policy, budget);
    return raw === undefined ? freshRecord(this.clock()) : migrateRecord(raw, this.clock());
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
