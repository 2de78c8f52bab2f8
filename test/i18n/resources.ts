/** Flattened views of the i18n resources, for the key tests. */
import { resources, Namespaces, type Namespace } from '../../lambda/i18n';
import { Languages, type Language } from '../../lambda/ids';

export { Languages, Namespaces };
export type { Language, Namespace };

/** Dotted key -> string, for one resource object. */
export function flatten(node: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(node)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') for (const e of flatten(v, key)) out.set(...e);
  }
  return out;
}

export function strings(lang: Language, ns: Namespace): Map<string, string> {
  const res = resources[lang]?.[ns];
  return res ? flatten(res) : new Map();
}

/** The {{variables}} a string interpolates, sorted. */
export function variables(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1])),
  ].sort();
}

/** What one language lacks, has extra, or interpolates differently, compared with English. */
export function parityProblems(en: Map<string, string>, other: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, text] of en) {
    const theirs = other.get(key);
    if (theirs === undefined) problems.push(`missing ${key}`);
    else if (variables(theirs).join() !== variables(text).join())
      problems.push(
        `${key}: {{${variables(theirs).join(', ')}}} instead of {{${variables(text).join(', ')}}}`,
      );
  }
  for (const key of other.keys()) if (!en.has(key)) problems.push(`extra ${key}`);
  return problems;
}
