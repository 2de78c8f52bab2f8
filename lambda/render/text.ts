/** Content text in the request's language, with English as the fallback. */
import type { Text, TextList } from '../content/schema';
import { languageOf } from '../i18n';

export function pick(text: Text, locale: string): string {
  return text[languageOf(locale)] ?? text.en;
}

export function pickList(list: TextList, locale: string): string[] {
  return list[languageOf(locale)] ?? list.en;
}

type ListType = 'conjunction' | 'disjunction';

/** One formatter per locale and type, made on first use: each costs ICU data and time. */
const listFormats = new Map<string, Intl.ListFormat | null>();

function listFormat(locale: string, type: ListType): Intl.ListFormat | null {
  const key = `${locale}|${type}`;
  let f = listFormats.get(key);
  if (f === undefined) {
    try {
      f = new Intl.ListFormat(locale, { style: 'long', type });
    } catch {
      f = null; // an odd locale: joined with commas
    }
    listFormats.set(key, f);
  }
  return f;
}

/** "a, b and c" / "a, b or c" the way the locale says it. */
export function joinList(items: string[], locale: string, type: ListType = 'conjunction'): string {
  return listFormat(locale, type)?.format(items) ?? items.join(', ');
}
