/** Content text in the request's language, with English as the fallback. */
import type { Text, TextList } from '../content/schema';
import { languageOf } from '../i18n';

export function pick(text: Text, locale: string): string {
  return text[languageOf(locale)] ?? text.en;
}

export function pickList(list: TextList, locale: string): string[] {
  return list[languageOf(locale)] ?? list.en;
}

/** "a, b and c" / "a, b or c" the way the locale says it. */
export function joinList(
  items: string[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}
