/**
 * Checks on words: every declared language present, step lists lined up across languages,
 * no spoken name shared by two items, and no sentence copied from a source article.
 */
import { type ContentError } from './content-error';
import { buildSeedIndex, findCopiedRun, normaliseWords, type Seed } from './copy-check';
import { stringsOf, textNodes } from './text-nodes';

/** An item whose words are checked: where it lives and its parsed JSON. */
export interface TextItem {
  file: string;
  item: string;
  data: unknown;
}

const languageNames: Record<string, string> = { en: 'English', de: 'German', es: 'Spanish' };

/** Synonym lists may differ in length per language; step lists must line up one to one. */
const freeLengthFields = /(^|\.)synonyms$/;

export function languageErrors(items: TextItem[], languages: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const { file, item, data } of items) {
    for (const node of textNodes(data)) {
      const en = node.values.en;
      for (const lang of languages) {
        const v = node.values[lang];
        const field = `${node.path}.${lang}`;
        if (v === undefined) {
          const name = languageNames[lang] ?? lang;
          errors.push({ file, item, field, message: `missing ${name} text` });
        } else if (
          Array.isArray(en) &&
          Array.isArray(v) &&
          v.length !== en.length &&
          !freeLengthFields.test(node.path)
        ) {
          const message = `${v.length} lines where English has ${en.length}`;
          errors.push({ file, item, field, message });
        }
      }
    }
  }
  return errors;
}

/**
 * Names, spoken names and synonyms feed the interaction model's slot types: one phrase must
 * lead to one item, or Alexa cannot tell which move the user meant.
 */
export function duplicateNameErrors(items: TextItem[], languages: readonly string[]) {
  const errors: ContentError[] = [];
  for (const lang of languages) {
    const owner = new Map<string, TextItem>();
    for (const entry of items) {
      const record = entry.data as Record<string, unknown>;
      for (const field of ['name', 'spokenName', 'synonyms']) {
        const node = record[field];
        if (!node || typeof node !== 'object') continue;
        for (const phrase of stringsOf({ path: field, values: node as never }, lang)) {
          const key = normaliseWords(phrase).join(' ');
          const first = owner.get(key);
          if (first && first.item !== entry.item) {
            const message = `"${phrase}" is already a name of ${first.item} (${first.file})`;
            errors.push({ file: entry.file, item: entry.item, field: `${field}.${lang}`, message });
          } else if (!first) owner.set(key, entry);
        }
      }
    }
  }
  return errors;
}

/** Runs of 8 words shared with a seed article, per string and per list read as one. */
export function copiedTextErrors(items: TextItem[], seeds: Seed[]): ContentError[] {
  const index = buildSeedIndex(seeds);
  const errors: ContentError[] = [];
  for (const { file, item, data } of items) {
    for (const node of textNodes(data)) {
      for (const [lang, value] of Object.entries(node.values)) {
        const whole = Array.isArray(value) ? value.join(' ') : String(value);
        const hit = findCopiedRun(whole, index);
        if (hit) {
          const message = `copies "${hit.run}" from ${hit.seed}: say it in your own words`;
          errors.push({ file, item, field: `${node.path}.${lang}`, message });
        }
      }
    }
  }
  return errors;
}
