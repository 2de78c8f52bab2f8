/** One problem in the content, located precisely enough for an author to fix it. */
export interface ContentError {
  /** Path relative to the content folder, e.g. "exercises/cat-cow.json". */
  file: string;
  /** The item's id, or the file's base name when the id cannot be read. */
  item: string;
  /** Field path inside the item, e.g. "steps[2].exercise" or "setup.de". */
  field: string;
  message: string;
}

/** `<file>: <item id>: <field path>: <message>`: the one line the checker prints per error. */
export function formatError(e: ContentError): string {
  return `${e.file}: ${e.item}: ${e.field}: ${e.message}`;
}

/** Joins a field path: ("steps", 2) -> "steps[2]", ("a", "b") -> "a.b". */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}
