/** Runs a zod schema over one content item and turns its issues into located errors. */
import type { z } from 'zod';
import { joinPath, type ContentError } from './content-error';

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => joinPath(acc, typeof k === 'number' ? k : String(k)), '');
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `missing (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.join(', ')}`;
  return issue.message;
}

/** The parsed value, or the errors; `item` names the item in every error. */
export function parseItem<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  item: string,
  basePath = '',
): { value?: z.infer<S>; errors: ContentError[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => ({
    file,
    item,
    field: joinPath(basePath, fieldOf(issue.path)) || '(item)',
    message: messageOf(issue),
  }));
  return { errors };
}

/** The item's id when it has a readable one, else the fallback (usually the file's base name). */
export function idOf(data: unknown, fallback: string): string {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : fallback;
}
