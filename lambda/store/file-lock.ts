/**
 * A lock across processes on one machine: a lock file created with O_EXCL (`wx`), which only
 * one process can create. It holds the owner's pid and the time it was taken.
 *
 * Stale locks (the owner was killed) are broken only when the owner is certainly gone: its
 * pid no longer runs on this host, or the lock is far older than any write could take. To
 * break one, a process first takes a second O_EXCL file (the breaker) and checks the lock is
 * still the same stale one, so two processes can never both break it and delete the lock a
 * third one has just taken.
 *
 * The file calls are synchronous (only the waits are not): a lock file is a few bytes, and the
 * asynchronous calls would start libuv's thread pool and load node:fs/promises on a cold start.
 */
import fs from 'node:fs';
import { hostname } from 'node:os';

/** Removes a lock file; one already gone (or not removable) is left to the stale check. */
function unlink(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // gone already
  }
}

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
    unlink(lockFile);
  }
}

async function acquire(lockFile: string, options: LockOptions) {
  const giveUpAt = Date.now() + (options.timeoutMs ?? 2000);
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockFile)) return;
    if (isStale(lockFile)) {
      breakStale(lockFile);
      continue;
    }
    if (Date.now() >= giveUpAt || options.signal?.aborted) throw new LockTimeoutError(lockFile);
    // Short, jittered waits: a write holds the lock for a few milliseconds.
    await new Promise((r) => setTimeout(r, 2 + Math.random() * Math.min(50, 5 * 2 ** attempt)));
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'wx');
    try {
      fs.writeFileSync(fd, JSON.stringify({ pid: process.pid, host: Host, at: Date.now() }));
    } finally {
      fs.closeSync(fd);
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

function readOwner(file: string): { owner: Owner; text: string } | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8');
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
function isStale(file: string): boolean {
  const found = readOwner(file);
  if (!found) return false; // released meanwhile: just try again
  const { owner } = found;
  const age = Date.now() - (owner.at ?? fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
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

function breakStale(lockFile: string): void {
  const breaker = `${lockFile}.break`;
  if (!tryCreate(breaker)) {
    // Someone else is breaking it; a breaker left by a killed process is old and goes too.
    if (isStale(breaker)) unlink(breaker);
    return;
  }
  try {
    // Still stale now that no one else can break it: then it is not a lock taken meanwhile.
    if (isStale(lockFile)) unlink(lockFile);
  } finally {
    unlink(breaker);
  }
}
