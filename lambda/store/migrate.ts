/**
 * Schema migrations for stored user records. Each step lifts one schemaVersion to the next;
 * `migrateRecord` runs the steps a stored item needs, then normalizes it. Records are migrated
 * on read and written back in the current shape on the next save.
 */
import { normalizeChecked } from './normalize';
import { CurrentSchemaVersion, type UserRecord } from './types';

type Obj = Record<string, unknown>;

/**
 * v0 (before schemaVersion existed) kept `prefs.speed` as 'slow' | 'normal' | 'fast' and had
 * no per-preference change times. Its preferences count as changed when the record was last
 * updated, so a merge still prefers a newer change made on another device.
 */
function v0ToV1(old: Obj): Obj {
  const prefs = isObj(old.prefs) ? old.prefs : {};
  const { speed, ...rest } = prefs;
  const pace = speed === 'slow' ? 'slower' : speed === 'fast' ? 'faster' : 'normal';
  const changed = typeof old.updatedAt === 'string' ? old.updatedAt : undefined;
  const prefsChangedAt = changed
    ? Object.fromEntries(['pace', ...Object.keys(rest)].map((k) => [k, changed]))
    : {};
  return { ...old, schemaVersion: 1, prefs: { ...rest, pace }, prefsChangedAt };
}

/**
 * v1 kept gentle mode as `prefs.flare`. It is a preference like any other, so v2 stores it as
 * `gentle`: the record names no condition, and keeps no reason for the choice.
 */
function v1ToV2(old: Obj): Obj {
  const prefs = isObj(old.prefs) ? old.prefs : {};
  const changed = isObj(old.prefsChangedAt) ? old.prefsChangedAt : {};
  const { flare, ...rest } = prefs;
  const { flare: flareChangedAt, ...restChanged } = changed;
  return {
    ...old,
    schemaVersion: 2,
    prefs: { ...rest, gentle: flare },
    prefsChangedAt: { ...restChanged, gentle: flareChangedAt },
  };
}

/** Steps by the version they upgrade from. */
const steps: Record<number, (old: Obj) => Obj> = { 0: v0ToV1, 1: v1ToV2 };

/**
 * A current-schema record from a stored item of any schema version. A version that is not a
 * whole number in range counts as 0; one from a newer deploy is read field by field as it is.
 * Never throws: a damaged record is repaired, not thrown away.
 */
export function migrateRecord(raw: unknown, now: Date): UserRecord {
  return migrateChecked(raw, now).record;
}

/**
 * Like `migrateRecord`, and says whether the stored item was not a valid current record as it
 * stood (another schema version, or any field repaired): then it is worth writing back.
 */
export function migrateChecked(raw: unknown, now: Date): { record: UserRecord; repaired: boolean } {
  let item: Obj = isObj(raw) ? { ...raw } : {};
  const v = item.schemaVersion;
  let from = Number.isInteger(v) && (v as number) >= 0 ? (v as number) : 0;
  for (; from < CurrentSchemaVersion; from++) item = steps[from](item);
  const { record, changed } = normalizeChecked(item, now);
  return { record, repaired: changed || !isObj(raw) || raw.schemaVersion !== CurrentSchemaVersion };
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
