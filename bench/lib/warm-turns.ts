/**
 * Runs the warm-turn driver (drivers/warm.ts, bundled like the Lambda) in its own process and
 * summarises its timings.
 */
import { execFileSync } from 'node:child_process';
import { median, percentile } from './stats';
import { I18nDir } from './paths';

export interface WarmResult {
  turns: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  /** CPU time per turn (user + system): the same turns without the wait for a busy core. */
  cpuMedianMs: number;
  cpuP99Ms: number;
  peakRssMb: number;
  finished: number;
  abandoned: number;
  users: number;
  errors: number;
}

interface DriverOutput {
  times: number[];
  cpuTimes: number[];
  finished: number;
  abandoned: number;
  users: number;
  errors: number;
  maxRssKb: number;
}

export function warmTurns(driver: string, contentDir: string): WarmResult {
  const out = execFileSync(process.execPath, [driver], {
    env: { PATH: process.env.PATH ?? '', CONTENT_DIR: contentDir, I18N_DIR: I18nDir },
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  const line = out.split('\n').find((l) => l.startsWith('@warm ') || l.startsWith('@error '));
  if (!line?.startsWith('@warm ')) throw new Error(`warm driver failed:\n${out}`);
  const r = JSON.parse(line.slice('@warm '.length)) as DriverOutput;
  return {
    turns: r.times.length,
    medianMs: median(r.times),
    p99Ms: percentile(r.times, 99),
    maxMs: Math.max(...r.times),
    cpuMedianMs: median(r.cpuTimes),
    cpuP99Ms: percentile(r.cpuTimes, 99),
    peakRssMb: r.maxRssKb / 1024,
    finished: r.finished,
    abandoned: r.abandoned,
    users: r.users,
    errors: r.errors,
  };
}
