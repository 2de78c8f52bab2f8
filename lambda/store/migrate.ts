/**
 * Schema migrations for stored user records. Each step lifts one schemaVersion to the next;
 * `migrateRecord` runs the steps a stored item needs, then normalizes it. Records are migrated
 * on read and written back in the current shape on the next save.
 */
import { normalizeRecord } from './normalize';
import { CurrentSchemaVersion, type UserRecord } from './types';

type Obj = Record<string, unknown>;

/**
 * v0 (before schemaVersion existed) kept `prefs.speed` as 'slow' | 'normal' | 'fast' and had
 * no per-preference change times. Its preferences count as changed when the record was last
 * updated, so a merge still prefers a newer change made on another device.
 */
function v0ToV1(old: Obj): Obj {
  const prefs = (typeof old.prefs === 'object' && old.prefs !== null ? old.prefs : {}) as Obj;
  const { speed, ...rest } = prefs;
  const pace = speed === 'slow' ? 'slower' : speed === 'fast' ? 'faster' : 'normal';
  const changed = typeof old.updatedAt === 'string' ? old.updatedAt : undefined;
  const prefsChangedAt = changed
    ? Object.fromEntries(['pace', ...Object.keys(rest)].map((k) => [k, changed]))
    : {};
  return { ...old, schemaVersion: 1, prefs: { ...rest, pace }, prefsChangedAt };
}

/** Steps by the version they upgrade from. */
const steps: Record<number, (old: Obj) => Obj> = { 0: v0ToV1 };

/** A current-schema record from a stored item of any known schema version. */
export function migrateRecord(raw: unknown, now: Date): UserRecord {
  let item: Obj = typeof raw === 'object' && raw !== null ? { ...(raw as Obj) } : {};
  let from = typeof item.schemaVersion === 'number' ? item.schemaVersion : 0;
  while (from < CurrentSchemaVersion) {
    const step = steps[from];
    if (!step) throw new Error(`No migration from user record schema ${from}`);
    item = step(item);
    from += 1;
  }
  return normalizeRecord(item, now);
}
