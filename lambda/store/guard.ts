/**
 * Reads the edge schema's rows (fields.ts) against a value: `strict` checks it, `repair` mends
 * it. Written for the first request of a cold Lambda: one switch over the row's kind, no
 * closures or result objects per value, no exceptions; it walks only as deep as the schema
 * (never into a hostile value's own nesting) and reads only declared keys.
 */
import { rowOf, type Check, type Field, type Row } from './fields';

/** What `strict` returns for a value that fails. */
export const Invalid: unique symbol = Symbol('invalid');

/** A repaired value, and whether anything had to change (then it is worth writing back). */
export interface Repaired<T> {
  value: T;
  changed: boolean;
}

/** The value, copied with unknown keys dropped, if every part of it is valid; else `Invalid`. */
export function strict<T>(check: Check<T>, raw: unknown): T | typeof Invalid {
  return checkRow(rowOf(check), raw) as T | typeof Invalid;
}

/**
 * The value repaired field by field. `changed` is true exactly when `strict` would refuse it
 * (unknown keys are dropped either way without counting as a change).
 */
export function repair<T>(field: Field<T>, raw: unknown): Repaired<T> {
  changed = false;
  const value = repairRow(rowOf(field), raw) as T;
  const result = { value, changed };
  changed = false;
  return result;
}

/** Set by `repairRow` when it mends anything; `repair` is synchronous, so one flag serves. */
let changed = false;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNumber(row: Row, v: unknown): v is number {
  return (
    typeof v === 'number' &&
    (row.whole ? Number.isSafeInteger(v) : Number.isFinite(v)) &&
    v >= row.min &&
    v <= row.max
  );
}

function checkRow(row: Row, v: unknown): unknown {
  switch (row.kind) {
    case 'bool':
      return typeof v === 'boolean' ? v : Invalid;
    case 'num':
    case 'ranged':
      return isNumber(row, v) ? v : Invalid;
    case 'text':
      // Length first: a megabyte string never reaches the pattern.
      return typeof v === 'string' && v.length <= row.max && row.pattern.test(v) ? v : Invalid;
    case 'oneOf':
      return row.values.includes(v) ? v : Invalid;
    case 'value':
    case 'mended':
      return checkRow(row.inner!, v);
    case 'optional':
      return v === undefined ? undefined : checkRow(row.inner!, v);
    case 'list':
      return checkList(row, v);
    case 'shape':
    case 'group':
      return checkObject(row, v);
    case 'union': {
      const c = isObject(v) ? row.cases!.get(v.kind) : undefined;
      return c ? checkRow(c, v) : Invalid;
    }
    case 'record':
      return checkRecord(row, v);
    case 'refined': {
      if (v === undefined) return undefined;
      const r = checkRow(row.inner!, v);
      return r !== Invalid && (row.ok as (v: unknown) => boolean)(r) ? r : Invalid;
    }
  }
}

function checkObject(row: Row, v: unknown): unknown {
  if (!isObject(v)) return Invalid;
  const { keys, fields } = row;
  const out: Obj = {};
  for (let i = 0; i < keys.length; i++) {
    const r = checkRow(fields[i], v[keys[i]]);
    if (r === Invalid) return Invalid;
    if (r !== undefined) out[keys[i]] = r;
  }
  return out;
}

function checkList(row: Row, v: unknown): unknown {
  if (!Array.isArray(v) || v.length > row.max) return Invalid;
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    const r = checkRow(row.inner!, v[i]);
    if (r === Invalid) return Invalid;
    out.push(r);
  }
  return out;
}

function checkRecord(row: Row, v: unknown): unknown {
  if (!isObject(v)) return Invalid;
  const keys = Object.keys(v);
  if (keys.length > row.max) return Invalid;
  const out: Obj = {};
  for (const k of keys) {
    // Never assign "__proto__": on a plain object that would set its prototype.
    if (k === '__proto__' || checkRow(row.inner!, k) === Invalid) return Invalid;
    const r = checkRow(row.fields[0], v[k]);
    if (r === Invalid) return Invalid;
    out[k] = r;
  }
  return out;
}

function repairRow(row: Row, v: unknown): unknown {
  switch (row.kind) {
    case 'value': {
      const r = checkRow(row.inner!, v);
      if (r !== Invalid) return r;
      changed = true;
      return row.fallback;
    }
    case 'ranged':
      if (isNumber(row, v)) return v;
      changed = true;
      if (typeof v !== 'number' || !Number.isFinite(v)) return row.fallback;
      return Math.min(row.max, Math.max(row.min, row.whole ? Math.round(v) : v));
    case 'list':
      return repairList(row, v);
    case 'group':
      return repairGroup(row, v);
    case 'refined': {
      if (v === undefined) return undefined;
      const outer = changed;
      changed = false;
      const r = repairRow(row.inner!, v);
      const ok = !changed && (row.ok as (v: unknown) => boolean)(r);
      changed = outer || !ok;
      return (row.mend as (v: unknown) => unknown)(r);
    }
    case 'mended':
      if (checkRow(row.inner!, v) === Invalid) changed = true;
      return (row.mend as (v: unknown) => unknown)(v);
    default: {
      // 'optional', and any check: kept if valid, else dropped.
      const r = checkRow(row, v);
      if (r !== Invalid) return r;
      changed = true;
      return undefined;
    }
  }
}

function repairGroup(row: Row, v: unknown): Obj {
  const from = isObject(v) ? v : undefined;
  if (!from) changed = true;
  const { keys, fields } = row;
  const out: Obj = {};
  for (let i = 0; i < keys.length; i++) {
    const r = repairRow(fields[i], from === undefined ? undefined : from[keys[i]]);
    if (r !== undefined) out[keys[i]] = r;
  }
  return out;
}

function repairList(row: Row, v: unknown): unknown[] {
  if (!Array.isArray(v)) {
    changed = true;
    return [];
  }
  const { max } = row;
  if (v.length > max) changed = true;
  // Only the newest 2 x max items are looked at: a list of 100,000 costs no more than 128.
  const out: unknown[] = [];
  for (let i = Math.max(0, v.length - 2 * max); i < v.length; i++) {
    const r = checkRow(row.inner!, v[i]);
    if (r === Invalid) changed = true;
    else out.push(r);
  }
  return out.length > max ? out.slice(out.length - max) : out;
}
