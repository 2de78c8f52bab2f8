/** Test builders for user records: a fresh record plus small overrides. */
import { freshRecord } from '../../lambda/store/defaults';
import type { UserRecord } from '../../lambda/store/types';

export const T0 = new Date('2025-03-10T07:00:00Z');

export function aRecord(overrides: Partial<UserRecord> = {}): UserRecord {
  return { ...freshRecord(T0), ...overrides };
}

/** A clock that reads `at` (ISO) until moved with `set`. */
export function fixedClock(at = T0.toISOString()) {
  let now = new Date(at);
  const clock = () => new Date(now);
  clock.set = (iso: string) => {
    now = new Date(iso);
  };
  return clock;
}

/** A sleep that returns at once and remembers how long it was asked to wait. */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  return { sleep, waits, total: () => waits.reduce((a, b) => a + b, 0) };
}
