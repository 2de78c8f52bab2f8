/**
 * The embedded store for local use: one JSON file per user. Writes go to a temporary file in
 * the same folder, are flushed to disk, then renamed over the old file; a rename is atomic, so
 * a process killed mid-write leaves either the old record or the new one, never half of each.
 *
 * Node's callback file API, promised here, rather than node:fs/promises, and ids hashed by
 * ../sha256 rather than node:crypto: both modules take milliseconds to load on a cold start.
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sha256Hex } from '../sha256';
import { KeyMutex } from './key-mutex';
import { VersionConflictError, type UserRecord, type UserStore } from './types';

const readFile = promisify(fs.readFile);
const mkdir = promisify(fs.mkdir);
const readdir = promisify(fs.readdir);
const rename = promisify(fs.rename);
const unlink = promisify(fs.unlink);
const open = promisify(fs.open);
const write = promisify(fs.writeFile);
const fsync = promisify(fs.fsync);
const close = promisify(fs.close);

/** Temporary file names: unique per process (pid) and per write (a counter). */
let writes = 0;

export class FileStore implements UserStore {
  private readonly mutex = new KeyMutex();
  private swept?: Promise<void>;

  /** @param dir folder for the files; created on the first write. */
  constructor(readonly dir: string) {}

  /** The file for a user: named by a hash, so no user id appears on disk. */
  fileFor(userId: string): string {
    return join(this.dir, `${sha256Hex(userId)}.json`);
  }

  async get(userId: string): Promise<UserRecord | undefined> {
    try {
      return JSON.parse(await readFile(this.fileFor(userId), 'utf8')) as UserRecord;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
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
    const temp = `${file}.${process.pid}.${++writes}.tmp`;
    const fd = await open(temp, 'wx');
    try {
      try {
        await write(fd, text, 'utf8');
        await fsync(fd);
      } finally {
        await close(fd);
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
