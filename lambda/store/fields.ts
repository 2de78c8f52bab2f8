/**
 * Building blocks of the edge schema: small declarative rows that `guard.ts` reads. Every field
 * is declared once and gives two readings: strict (what a valid value is; session attributes
 * must pass it, or the whole session state is discarded) and repair (an invalid stored value
 * is clamped into range or replaced by its fallback, so a bad field never costs the rest of
 * the record).
 *
 * Every number has a range, every string a length limit, every list a cap; objects keep only
 * the keys they declare. Hand-written rather than a schema library: the rows are built once at
 * load in microseconds, and the Lambda bundle carries no validator (issue 17).
 */

declare const checked: unique symbol;
declare const repairable: unique symbol;

/** A value the strict reading accepts or refuses (`strict` in guard.ts). `T`: what passes. */
export interface Check<T> {
  readonly [checked]: T;
}

/** A check that can also repair a stored value (`repair` in guard.ts): a record's field. */
export interface Field<T> extends Check<T> {
  readonly [repairable]: T;
}

export type Kind =
  | 'bool'
  | 'num'
  | 'text'
  | 'oneOf'
  | 'shape'
  | 'union'
  | 'record'
  | 'value'
  | 'ranged'
  | 'optional'
  | 'list'
  | 'group'
  | 'refined'
  | 'mended';

const none: readonly never[] = [];
const anything = /(?:)/;
const always = () => true;
const same = (v: unknown) => v;

/**
 * One row of the schema. Every row has every property (unused ones empty), so the guard's
 * reads of them stay on one object shape however the rows nest.
 */
export class Row {
  min = 0;
  max = 0;
  whole = false;
  pattern: RegExp = anything;
  values: readonly unknown[] = none;
  fallback: unknown = undefined;
  inner: Row | undefined = undefined;
  keys: readonly string[] = none;
  fields: readonly Row[] = none;
  cases: ReadonlyMap<unknown, Row> | undefined = undefined;
  ok: (v: never) => boolean = always;
  mend: (v: never) => unknown = same;
  constructor(readonly kind: Kind) {}
}

/** The row behind a check (the brands exist for the type checker only). */
export const rowOf = (c: Check<unknown>): Row => c as unknown as Row;
const as = <C>(row: Row): C => row as unknown as C;

type Primitive = string | number | boolean;

export const bool: Check<boolean> = as(new Row('bool'));

/** A number in [min, max]; `whole` (the default) also wants a safe integer. */
export function num(min: number, max: number, { whole = true } = {}): Check<number> {
  const row = new Row('num');
  Object.assign(row, { min, max, whole });
  return as(row);
}

/** A string of at most `max` characters that matches `pattern` (tested only within the cap). */
export function text(max: number, pattern: RegExp): Check<string> {
  const row = new Row('text');
  Object.assign(row, { max, pattern });
  return as(row);
}

/** One of a few literal values. */
export function oneOf<const V extends readonly Primitive[]>(values: V): Check<V[number]> {
  const row = new Row('oneOf');
  row.values = values;
  return as(row);
}

/** An object of declared checks, for state that is only ever checked (never repaired). */
export function shape<T extends object>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  return as(objectRow('shape', fields));
}

/**
 * Objects told apart by `kind`, one check per kind. The mapped type makes a kind added to `U`
 * without a line here fail to compile.
 */
export function union<U extends { kind: string }>(cases: {
  [K in U['kind']]-?: Check<Extract<U, { kind: K }>>;
}): Check<U> {
  const row = new Row('union');
  // A Map, not an object: a kind of "__proto__" or "constructor" finds nothing.
  row.cases = new Map(Object.entries(cases).map(([k, c]) => [k, rowOf(c as Check<unknown>)]));
  return as(row);
}

/** An object used as a map: at most `max` keys, each key and value checked. */
export function record<K extends string, V>(
  key: Check<K>,
  value: Check<V>,
  max: number,
): Check<Record<K, V>> {
  const row = new Row('record');
  Object.assign(row, { inner: rowOf(key), fields: [rowOf(value)], max });
  return as(row);
}

/** A value with a fixed fallback: the stored value if valid, else the fallback. */
export function value<T extends Primitive>(check: Check<T>, fallback: NoInfer<T>): Field<T> {
  const row = new Row('value');
  Object.assign(row, { inner: rowOf(check), fallback });
  return as(row);
}

/** A number in [min, max]; a stored number outside it is clamped, anything else falls back. */
export function ranged(
  min: number,
  max: number,
  fallback: number,
  { whole = true }: { whole?: boolean } = {},
): Field<number> {
  const row = new Row('ranged');
  Object.assign(row, { min, max, whole, fallback });
  return as(row);
}

/** A key that may be absent; an invalid stored value is dropped. */
export function optional<T>(check: Check<T>): Field<T | undefined> {
  const row = new Row('optional');
  row.inner = rowOf(check);
  return as(row);
}

/**
 * A list of at most `max` items, newest last. Repair keeps the valid items (the newest `max`)
 * and drops the others; strict refuses a list with any invalid item. Length is checked before
 * any item is looked at, so a huge list costs nothing to refuse.
 */
export function list<T>(item: Check<T>, max: number): Field<T[]> {
  const row = new Row('list');
  Object.assign(row, { inner: rowOf(item), max });
  return as(row);
}

/**
 * An object of declared fields; unknown keys are dropped. Repairing goes field by field, and
 * a stored value that is not an object at all becomes an object of fallbacks.
 */
export function group<T extends object>(fields: { [K in keyof T]-?: Field<T[K]> }): Field<T> {
  return as(objectRow('group', fields));
}

/**
 * An optional object whose fields repair one by one, with a rule across them: strict wants the
 * fields valid and `ok`; repair returns `mend` of the repaired fields.
 */
export function refined<T extends object>(
  fields: Field<T>,
  ok: (v: T) => boolean,
  mend: (v: T) => T | undefined,
): Field<T | undefined> {
  const row = new Row('refined');
  Object.assign(row, { inner: rowOf(fields), ok, mend });
  return as(row);
}

/** A value checked by `check`; repair is `mend` of the stored value, whatever it is. */
export function mended<T>(check: Check<T>, mend: (raw: unknown) => T): Field<T> {
  const row = new Row('mended');
  Object.assign(row, { inner: rowOf(check), mend });
  return as(row);
}

function objectRow(kind: 'shape' | 'group', fields: object): Row {
  const row = new Row(kind);
  const keys = Object.keys(fields);
  row.keys = keys;
  row.fields = keys.map((k) => rowOf((fields as Record<string, Check<unknown>>)[k]));
  return row;
}
