/**
 * Content names for a language whose translation is not finished yet: each missing name,
 * spoken name or synonym list falls back to English, as the skill's speech does (see
 * lambda/render/text.ts). A model can then be built, and a German user can still ask for an
 * exercise by the English name the skill says aloud. Once content is complete nothing falls
 * back, and `npm run content:check` is what insists on completeness.
 */
import type { Catalog } from '../../lambda/content/index';
import type { Language } from '../../lambda/ids';

type Named = {
  name: Partial<Record<Language, string>>;
  synonyms: Partial<Record<Language, string[]>>;
  spokenName?: Partial<Record<Language, string>>;
};

function filled<T extends Named>(item: T, lang: Language): T {
  const copy = { ...item, name: { ...item.name, [lang]: item.name[lang] ?? item.name.en } };
  copy.synonyms = { ...item.synonyms, [lang]: item.synonyms[lang] ?? item.synonyms.en };
  if (item.spokenName)
    copy.spokenName = { ...item.spokenName, [lang]: item.spokenName[lang] ?? item.spokenName.en };
  return copy;
}

function mapValues<T extends Named>(map: ReadonlyMap<string, T>, lang: Language) {
  return new Map([...map].map(([id, item]) => [id, filled(item, lang)]));
}

/** The catalog with every name in `lang`, English where `lang` has none yet. */
export function withEnglishFallback(catalog: Catalog, lang: Language): Catalog {
  if (lang === 'en') return catalog;
  return {
    ...catalog,
    exercises: mapValues(catalog.exercises, lang),
    routines: mapValues(catalog.routines, lang),
    avoided: mapValues(catalog.avoided, lang),
  };
}
