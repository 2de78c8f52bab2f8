/**
 * Building blocks of the edge schema (zod/mini). Every field is declared once and gives two
 * parsers: `strict` says what a valid value is (session attributes must pass it, or the whole
 * session state is discarded), and `repair` turns an invalid stored value into a valid one
 * (clamped into range, or its fallback), so a bad field never costs the rest of the record.
 *
 * Every number has a range, every string a length limit, every list a cap; objects keep only
 * the keys they declare.
 */
import * as z from 'zod/mini';

export interface Field<T> {
  readonly strict: z.ZodMiniType<T>;
  readonly repair: z.ZodMiniType<T>;
}

/** A value with a fixed fallback: the stored value if valid, else the fallback. */
export function value<T>(schema: z.ZodMiniType<T>, fallback: T): Field<T> {
  return { strict: schema, repair: z.catch(schema, () => structuredClone(fallback)) };
}

/** A number in [min, max]; a stored number outside it is clamped, anything else falls back. */
export function ranged(
  min: number,
  max: number,
  fallback: number,
  { whole = true }: { whole?: boolean } = {},
): Field<number> {
  const strict = (whole ? z.int() : z.number()).check(z.gte(min), z.lte(max));
  const clamp = (n: number) => Math.min(max, Math.max(min, whole ? Math.round(n) : n));
  return {
    strict,
    repair: z.catch(
      z.pipe(
        z.number(),
        z.transform((n) => (Number.isFinite(n) ? clamp(n) : fallback)),
      ),
      fallback,
    ),
  };
}

/** A string of at most `max` characters that matches `pattern`. */
export function text(max: number, pattern: RegExp): z.ZodMiniType<string> {
  // Length first, and stop there: a megabyte string never reaches the pattern.
  return z.string().check(z.maxLength(max, { abort: true }), z.regex(pattern));
}

/** A key that may be absent; an invalid stored value is dropped. */
export function optional<T>(schema: z.ZodMiniType<T>): Field<T | undefined> {
  const strict = z.optional(schema);
  return { strict, repair: z.catch(strict, undefined) };
}

/**
 * A list of at most `max` items, newest last. Repair keeps the valid items (the newest `max`)
 * and drops the others; strict refuses a list with any invalid item. Length is checked before
 * any item is looked at, so a huge list costs nothing to refuse.
 */
export function list<T>(item: z.ZodMiniType<T>, max: number): Field<T[]> {
  const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
  const strict = z.pipe(
    z.custom<unknown[]>((v) => isArray(v) && v.length <= max),
    z.array(item),
  );
  const keepValid = (items: unknown[]) =>
    items
      .slice(-max * 2)
      .flatMap((x) => {
        const r = item.safeParse(x);
        return r.success ? [r.data] : [];
      })
      .slice(-max);
  return {
    strict: strict as unknown as z.ZodMiniType<T[]>,
    repair: z.pipe(
      z.catch(z.custom<unknown[]>(isArray), []),
      z.transform(keepValid),
    ) as unknown as z.ZodMiniType<T[]>,
  };
}

type Shape<T> = { [K in keyof T]-?: Field<T[K]> };

/**
 * An object of declared fields; unknown keys are dropped. Repairing goes field by field, and
 * a stored value that is not an object at all becomes an object of fallbacks.
 */
export function group<T extends object>(fields: Shape<T>): Field<T> {
  const pick = (which: keyof Field<unknown>) =>
    Object.fromEntries(
      Object.entries(fields).map(([k, f]) => [k, (f as Field<unknown>)[which]]),
    ) as Record<string, z.ZodMiniType>;
  const strict = z.object(pick('strict'));
  const repairObject = z.object(pick('repair'));
  const repair = z.pipe(
    z.catch(z.custom<object>(isPlainObject), () => ({})),
    z.transform((o) => withoutUndefined(repairObject.parse(o))),
  );
  return {
    strict: z.pipe(strict, z.transform(withoutUndefined)) as unknown as z.ZodMiniType<T>,
    repair: repair as unknown as z.ZodMiniType<T>,
  };
}

function isPlainObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Absent keys rather than `undefined` values, so every store writes the same item. */
function withoutUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
