/**
 * Slot types generated from content: routine and exercise names as people say them. The slot
 * value ids are the content ids, so the skill resolves a spoken name straight to its data.
 */
import type { Catalog } from '../../lambda/content/index';
import type { Language } from '../../lambda/ids';
import { SlotType } from '../../lambda/ids';
import type { SlotTypeSource, SlotValueSource } from './grammar';
import type { PurposeWords } from './language-source';
import { purposeSynonyms } from './purposes';

/** `later`: words that yield to any entry's own words (purposes, subjects). */
type Named = { id: string; words: (string | undefined)[]; later?: (string | undefined)[] };

/** Lowercase, hyphens and slashes as spaces, no symbols Alexa would not hear as words. */
export function spokenForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-/]/g, ' ')
    .replace(/[^\p{L}\p{N}'. ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One value per entry: the first spoken form is its name, the rest its synonyms. A form already
 * used by an earlier value is dropped, so one phrase never resolves to two ids.
 */
function valuesOf(entries: Named[]): SlotValueSource[] {
  const taken = new Set<string>();
  const take = (words: (string | undefined)[] | undefined, forms: string[]) => {
    for (const word of words ?? []) {
      const form = word ? spokenForm(word) : '';
      if (form && !taken.has(form)) {
        taken.add(form);
        forms.push(form);
      }
    }
    return forms;
  };
  const own = entries.map(({ words }) => take(words, []));
  return entries.map(({ id, later }, i) => {
    const forms = take(later, own[i]);
    if (forms.length === 0) throw new Error(`No speakable name left for "${id}"`);
    const [name, ...synonyms] = forms;
    return synonyms.length > 0 ? { id, name, synonyms } : { id, name };
  });
}

/**
 * RoutineName and ExerciseName (exercises plus the avoided moves, so users can ask for them).
 * Routines also answer to their purpose ("a short one", "something for my neck") when the
 * language gives purpose words; a routine's own names come first.
 */
export function contentSlotTypes(
  catalog: Catalog,
  lang: Language,
  purposes?: PurposeWords,
): SlotTypeSource[] {
  const extra = purposes ? purposeSynonyms(catalog, lang, purposes) : new Map<string, string[]>();
  const ordered = catalog.routineOrder
    .map((id) => catalog.routines.get(id))
    .filter((r) => r !== undefined);
  const own = ordered.map((r) => ({
    id: r.id,
    words: [r.spokenName[lang], r.name[lang], ...(r.synonyms[lang] ?? [])],
  }));
  // Names before purposes, across routines: a name always means its own routine.
  const routines = own.map((r) => ({ ...r, later: extra.get(r.id) ?? [] }));
  const exercises = [...catalog.exercises.values()].map((e) => ({
    id: e.id,
    words: [e.spokenName[lang], e.name[lang], ...(e.synonyms[lang] ?? [])],
  }));
  const avoided = [...catalog.avoided.values()].map((a) => ({
    id: a.id,
    words: [a.name[lang], ...(a.synonyms[lang] ?? [])],
  }));
  return [
    { name: SlotType.Routine, values: valuesOf(routines) },
    { name: SlotType.Exercise, values: valuesOf([...exercises, ...avoided]) },
  ];
}
