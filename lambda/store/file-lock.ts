/**
 * A lock across processes on one machine: a lock file created with O_EXCL (`wx`), which only
 * one process can create. It holds the owner's pid and the time it was taken.
 *
 * Stale locks (the owner was killed) are broken only when the owner is certainly gone: its
 * pid no longer runs on this host, or the lock is far older than any write could take. To
 * break one, a process first takes a second O_EXCL file (the breaker) and checks the lock is
 * still the same stale one, so two processes can never both break it and delete the lock a
 * third one has just taken.
 */
import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';

/** Far longer than a write of one small JSON file takes, even on a slow disk. */
const StaleAfterMs = 30_000;
const Host = hostname();

export interface LockOptions {
  /** Give up waiting after this long (ms). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Waiting for a lock took too long; worth another try later (the repository retries it). */
export class LockTimeoutError extends Error {
  readonly code = 'ELOCKED';
  constructor(file: string) {
    super(`Timed out waiting for the lock ${file}`);
    this.name = 'LockTimeoutError';
  }
}

/** Runs `task` while holding the lock file `lockFile`. */
export async function withFileLock<T>(
  lockFile: string,
  task: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  await acquire(lockFile, options);
  try {
    return await task();
  } finally {
    await unlink(lockFile).catch(() => undefined);
  }
}

async function acquire(lockFile: string, { timeoutMs = 2000, signal }: LockOptions) {
  const giveUpAt = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lockFile)) return;
    if (await isStale(lockFile)) {
      await breakStale(lockFile);
      continue;
    }
    if (Date.now() >= giveUpAt || signal?.aborted) throw new LockTimeoutError(lockFile);
    // Short, jittered waits: a write holds the lock for a few milliseconds.
    await new Promise((r) => setTimeout(r, 2 + Math.random() * Math.min(50, 5 * 2 ** attempt)));
  }
}

async function tryCreate(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: Host, at: Date.now() }));
    } finally {
      await handle.close();
    }
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

interface Owner {
  pid?: number;
  host?: string;
  at?: number;
}

async function readOwner(file: string): Promise<{ owner: Owner; text: string } | undefined> {
  try {
    const text = await readFile(file, 'utf8');
    let owner: Owner = {};
    try {
      owner = JSON.parse(text) as Owner;
    } catch {
      // Written by an owner killed between create and write: judged by its age alone.
    }
    return { owner, text };
  } catch {
    return undefined;
  }
}

/** True when no process could still be holding `file`. */
async function isStale(file: string): Promise<boolean> {
  const found = await readOwner(file);
  if (!found) return false; // released meanwhile: just try again
  const { owner } = found;
  const age = Date.now() - (owner.at ?? (await stat(file).catch(() => undefined))?.mtimeMs ?? 0);
  if (age > StaleAfterMs) return true;
  return owner.host === Host && typeof owner.pid === 'number' && !isRunning(owner.pid);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function breakStale(lockFile: string): Promise<void> {
  const breaker = `${lockFile}.break`;
  if (!(await tryCreate(breaker))) {
    // Someone else is breaking it; a breaker left by a killed process is old and goes too.
    if (await isStale(breaker)) await unlink(breaker).catch(() => undefined);
    return;
  }
  try {
    // Still stale now that no one else can break it: then it is not a lock taken meanwhile.
    if (await isStale(lockFile)) await unlink(lockFile).catch(() => undefined);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}
