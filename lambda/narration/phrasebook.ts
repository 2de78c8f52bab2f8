/**
 * A Phrasebook from a plain resource object (the "narration" namespace JSON), for tests and
 * tools that want no i18next. Keys are dotted paths; {{name}} is replaced from vars. A missing
 * key throws, so a test finds it before a user hears a key read aloud.
 */
import type { Phrasebook } from './types';

export function phrasebookFrom(resources: object): Phrasebook {
  return (key, vars = {}) => {
    let node: unknown = resources;
    for (const part of key.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') throw new Error(`narration phrase missing: ${key}`);
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}
