/**
 * The embedded store for local use: one JSON file per user. Writes go to a temporary file in
 * the same folder, are flushed to disk, then renamed over the old file; a rename is atomic, so
 * a process killed mid-write leaves either the old record or the new one, never half of each.
 *
 * Several processes may share one folder (two consoles, a console and a test): each write's
 * read-compare-rename runs under a lock file (file-lock.ts), and the sweep of temporary files
 * left by killed writers removes only those whose writer (the pid in the name) is gone.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning, withFileLock } from './file-lock';
import { KeyMutex } from './key-mutex';
import { VersionConflictError, type StoreCall, type UserRecord, type UserStore } from './types';

export class FileStore implements UserStore {
  private readonly mutex = new KeyMutex();
  private swept?: Promise<void>;

  /** @param dir folder for the files; created on the first write. */
  constructor(readonly dir: string) {}

  /** The file for a user: named by a hash, so no user id appears on disk. */
  fileFor(userId: string): string {
    return join(this.dir, `${createHash('sha256').update(userId).digest('hex')}.json`);
  }

  async get(userId: string): Promise<UserRecord | undefined> {
    const file = this.fileFor(userId);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    try {
      return JSON.parse(text) as UserRecord;
    } catch {
      // Never silently replace what someone may want back: move it aside and say where.
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(file, aside);
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
      const current = (await this.get(userId))?.version ?? 0;
      if (current !== expectedVersion) throw new VersionConflictError();
      const stored = { ...record, version: expectedVersion + 1 };
      await this.writeAtomically(this.fileFor(userId), JSON.stringify(stored));
      return stored;
    });
  }

  delete(userId: string, options: StoreCall = {}): Promise<void> {
    return this.locked(userId, options, async () => {
      await unlink(this.fileFor(userId)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    });
  }

  /** One task per user at a time: in this process (mutex) and across processes (lock file). */
  private locked<T>(userId: string, options: StoreCall, task: () => Promise<T>): Promise<T> {
    return this.mutex.run(userId, async () => {
      await mkdir(this.dir, { recursive: true });
      return withFileLock(`${this.fileFor(userId)}.lock`, task, { signal: options.signal });
    });
  }

  private async writeAtomically(file: string, text: string): Promise<void> {
    await (this.swept ??= this.sweepTemporaryFiles());
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(temp, 'wx');
    try {
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }

  /**
   * Removes temporary files that killed writers left behind. A temporary file's name carries
   * its writer's pid; one whose writer still runs is another process's write in flight and is
   * never touched.
   */
  private async sweepTemporaryFiles(): Promise<void> {
    const names = await readdir(this.dir);
    const orphans = names.filter((n) => {
      const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(n)?.[1]);
      return pid > 0 && pid !== process.pid && !isRunning(pid);
    });
    await Promise.all(orphans.map((n) => unlink(join(this.dir, n)).catch(() => undefined)));
  }
}
