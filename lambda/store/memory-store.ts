import { VersionConflictError, type UserRecord, type UserStore } from './types';

/**
 * A store in a Map, for unit tests and the console's throwaway sessions. Records are copied on
 * the way in and out, so a caller mutating its copy cannot change what is "stored".
 */
export class MemoryStore implements UserStore {
  private readonly records = new Map<string, UserRecord>();

  async get(userId: string): Promise<UserRecord | undefined> {
    const r = this.records.get(userId);
    return r ? structuredClone(r) : undefined;
  }

  async put(userId: string, record: UserRecord, expectedVersion: number): Promise<UserRecord> {
    const current = this.records.get(userId)?.version ?? 0;
    if (current !== expectedVersion) throw new VersionConflictError();
    const stored = { ...structuredClone(record), version: expectedVersion + 1 };
    this.records.set(userId, stored);
    return structuredClone(stored);
  }

  async delete(userId: string): Promise<void> {
    this.records.delete(userId);
  }

  /** How many users are stored (for tests). */
  get size(): number {
    return this.records.size;
  }
}
