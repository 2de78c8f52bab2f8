/**
 * Creates a folder and its missing parents one level at a time. Node 20's
 * `mkdirSync(dir, { recursive: true })` never returns for a path under /proc, so the tools
 * would hang instead of saying what is wrong; this throws a plain error instead.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function ensureDir(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) throw new Error(`${at} is not a folder`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.unshift(at);
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  for (const folder of missing) mkdirSync(folder);
}
