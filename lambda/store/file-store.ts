/**
 * The embedded store for local use: one JSON file per user. Writes go to a temporary file in
 * the same folder, are flushed to disk, then renamed over the old file; a rename is atomic, so
 * a process killed mid-write leaves either the old record or the new one, never half of each.
 *
 * Several processes may share one folder (two consoles, a console and a test): each write's
 * read-compare-rename runs under a lock file (file-lock.ts), and the sweep of temporary files
 * left by killed writers removes only those whose writer (the pid in the name) is gone.
 *
 * Synchronous file calls behind the async interface: they are a few small files, and Node's
 * asynchronous ones start libuv's thread pool on first use (about 8 ms of a cold start here)
 * and load node:fs/promises. Ids are hashed by ../sha256 rather than node:crypto, which also
 * costs milliseconds to load.
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../sha256';
import { isRunning, withFileLock } from './file-lock';
import { KeyMutex } from './key-mutex';
import { VersionConflictError, type StoreCall, type UserRecord, type UserStore } from './types';

/** Temporary file names: unique per process (pid) and per write (a counter). */
let writes = 0;

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export class FileStore implements UserStore {
  private readonly mutex = new KeyMutex();
  private swept = false;
  /** The last id hashed and its file: a turn asks for the same user's file several times. */
  private last?: { userId: string; file: string };

  /** @param dir folder for the files; created on the first write. */
  constructor(readonly dir: string) {}

  /** The file for a user: named by a hash, so no user id appears on disk. */
  fileFor(userId: string): string {
    if (this.last?.userId !== userId)
      this.last = { userId, file: join(this.dir, `${sha256Hex(userId)}.json`) };
    return this.last.file;
  }

  async get(userId: string): Promise<UserRecord | undefined> {
    return this.read(userId);
  }

  private read(userId: string): UserRecord | undefined {
    const file = this.fileFor(userId);
    // A new user has no file: checked first, as throwing and catching ENOENT costs more.
    if (!fs.existsSync(file)) return undefined;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
    try {
      return JSON.parse(text) as UserRecord;
    } catch {
      // Never silently replace what someone may want back: move it aside and say where.
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(file, aside);
      process.stderr.write(`Unreadable user file moved aside to ${aside}; starting afresh.\n`);
      return undefined;
    }
  }

  put(
    userId: string,
    record: UserRecord,
    expectedVersion: number,
    options: StoreCall = {},
  ): Promise<UserRecord> {
    return this.locked(userId, options, async () => {
      const current = this.read(userId)?.version ?? 0;
      if (current !== expectedVersion) throw new VersionConflictError();
      const stored = { ...record, version: expectedVersion + 1 };
      this.writeAtomically(this.fileFor(userId), JSON.stringify(stored));
      return stored;
    });
  }

  delete(userId: string, options: StoreCall = {}): Promise<void> {
    return this.locked(userId, options, async () => {
      try {
        fs.unlinkSync(this.fileFor(userId));
      } catch (e) {
        if (!isMissing(e)) throw e;
      }
    });
  }

  /** One task per user at a time: in this process (mutex) and across processes (lock file). */
  private locked<T>(userId: string, options: StoreCall, task: () => Promise<T>): Promise<T> {
    return this.mutex.run(userId, async () => {
      fs.mkdirSync(this.dir, { recursive: true });
      // The call itself: its signal is read only if the lock has to be waited for.
      return withFileLock(`${this.fileFor(userId)}.lock`, task, options);
    });
  }

  private writeAtomically(file: string, text: string): void {
    if (!this.swept) this.sweepTemporaryFiles();
    const temp = `${file}.${process.pid}.${++writes}.tmp`;
    const fd = fs.openSync(temp, 'wx');
    try {
      try {
        fs.writeFileSync(fd, text, 'utf8');
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, file);
    } catch (e) {
      fs.rmSync(temp, { force: true });
      throw e;
    }
  }

  /**
   * Removes temporary files that killed writers left behind. A temporary file's name carries
   * its writer's pid; one whose writer still runs is another process's write in flight and is
   * never touched.
   */
  private sweepTemporaryFiles(): void {
    for (const name of fs.readdirSync(this.dir)) {
      const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)?.[1]);
      if (pid > 0 && pid !== process.pid && !isRunning(pid))
        fs.rmSync(join(this.dir, name), { force: true });
    }
    this.swept = true;
  }
}
