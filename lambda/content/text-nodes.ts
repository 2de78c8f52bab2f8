/**
 * Finds every piece of user-facing text in a content item. Text and TextList values are the
 * only objects in the schema with an "en" key, so the walk needs no knowledge of each type.
 */
import { joinPath } from './content-error';

/** One Text or TextList value: language -> string (Text) or string[] (TextList). */
export interface TextNode {
  path: string;
  values: Record<string, unknown>;
}

export function textNodes(value: unknown, path = ''): TextNode[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textNodes(v, joinPath(path, i)));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('en' in record) return [{ path, values: record }];
  return Object.entries(record).flatMap(([k, v]) => textNodes(v, joinPath(path, k)));
}

/** The strings of one language in a node (one for a Text, several for a TextList). */
export function stringsOf(node: TextNode, lang: string): string[] {
  const v = node.values[lang];
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}
