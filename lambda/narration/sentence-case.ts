/**
 * Spoken names are stored as they appear mid-sentence ("knee to chest rock"); where one opens a
 * sentence its first letter goes up. Only the first character changes, with the language's own
 * rules, so German nouns (already capitalised) and the rest of any name stay as written.
 */
import type { Language } from '../ids';

export function capitaliseFirst(text: string, lang: Language): string {
  const [first] = text; // a code point, not half of a surrogate pair
  return first ? first.toLocaleUpperCase(lang) + text.slice(first.length) : text;
}
