/**
 * The embedded store for local use: one JSON file per user. Writes go to a temporary file in
 * the same folder, are flushed to disk, then renamed over the old file; a rename is atomic, so
 * a process killed mid-write leaves either the old record or the new one, never half of each.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyMutex } from './key-mutex';
import { VersionConflictError, type UserRecord, type UserStore } from './types';

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

  put(userId: string, record: UserRecord, expectedVersion: number): Promise<UserRecord> {
    // Version checks hold within one process; run one local process per data folder.
    return this.mutex.run(userId, async () => {
      const current = (await this.get(userId))?.version ?? 0;
      if (current !== expectedVersion) throw new VersionConflictError();
      const stored = { ...record, version: expectedVersion + 1 };
      await this.writeAtomically(this.fileFor(userId), JSON.stringify(stored));
      return stored;
    });
  }

  delete(userId: string): Promise<void> {
    return this.mutex.run(userId, async () => {
      await unlink(this.fileFor(userId)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    });
  }

  private async writeAtomically(file: string, text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
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
   * Removes temporary files a killed writer left behind. Done once, before this process's
   * first write: one process per folder, so no temporary file can be another's write in flight.
   */
  private async sweepTemporaryFiles(): Promise<void> {
    const names = await readdir(this.dir);
    const stale = names.filter((n) => n.endsWith('.tmp'));
    await Promise.all(stale.map((n) => unlink(join(this.dir, n)).catch(() => undefined)));
  }
}
