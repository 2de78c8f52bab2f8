/**
 * Turns the intents, each language's source and the content into the interaction model JSON
 * for each locale. Pure: the build script writes the result, and the tests regenerate it in
 * memory to prove the committed files are current.
 */
import type { Catalog } from '../../lambda/content/index';
import { Languages, Locales, type IntentName, type Language, type Locale } from '../../lambda/ids';
import { withEnglishFallback } from './content-fallback';
import { contentSlotTypes } from './content-types';
import de from './de';
import en from './en';
import es from './es';
import {
  expand,
  slotsIn,
  type InteractionModel,
  type ModelIntent,
  type ModelSlotType,
  type SlotTypeSource,
} from './grammar';
import { fixedSlotTypes, intents, type FixedSlotTypeName, type IntentDeclaration } from './intents';
import type { FixedSlotWords, LanguageSource, ValueWords } from './language-source';

/** The source of each language: a new language in lambda/ids.ts needs one here. */
export const sources: Record<Language, LanguageSource> = { en, de, es };

/** The language a locale is built from: its first part ("es-MX" is Spanish). */
function languageOf(locale: Locale): Language {
  const lang = Languages.find((l) => locale.startsWith(`${l}-`));
  if (!lang) throw new Error(`Locale ${locale} has no language in Languages`);
  return lang;
}

function toModelType(type: SlotTypeSource): ModelSlotType {
  return {
    name: type.name,
    values: type.values.map((v) => ({
      id: v.id,
      name: v.synonyms?.length ? { value: v.name, synonyms: [...v.synonyms] } : { value: v.name },
    })),
  };
}

/** The fixed slot types, value ids in the order intents.ts gives, words from the language. */
function fixedTypes(words: FixedSlotWords): SlotTypeSource[] {
  return (Object.keys(fixedSlotTypes) as FixedSlotTypeName[]).map((name) => {
    const byId: Readonly<Record<string, ValueWords>> = words[name];
    return { name, values: fixedSlotTypes[name].map((id) => ({ id, ...byId[id] })) };
  });
}

/** One intent with a language's samples; throws when a sample names a slot it lacks. */
function toModelIntent(intent: IntentDeclaration, source: LanguageSource): ModelIntent {
  const declared: Readonly<Record<string, string>> = 'slots' in intent ? intent.slots : {};
  const patterns = (source.samples as Partial<Record<IntentName, readonly string[]>>)[intent.name];
  for (const pattern of patterns ?? []) {
    const unknown = slotsIn(pattern).filter((slot) => !Object.hasOwn(declared, slot));
    if (unknown.length > 0)
      throw new Error(`${intent.name} has no slot {${unknown.join('}, {')}}: "${pattern}"`);
  }
  const slots = Object.entries(declared).map(([name, type]) => ({ name, type }));
  const samples = [...new Set((patterns ?? []).flatMap(expand))];
  return slots.length > 0 ? { name: intent.name, slots, samples } : { name: intent.name, samples };
}

/** One language model from a source and extra (content) slot types. */
export function buildModel(source: LanguageSource, extraTypes: SlotTypeSource[]): InteractionModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents: intents.map((intent) => toModelIntent(intent, source)),
        types: [...fixedTypes(source.values), ...extraTypes].map(toModelType),
      },
    },
  };
}

/** Every locale's model, keyed by locale. */
export function buildModels(catalog: Catalog): Record<Locale, InteractionModel> {
  const models = Locales.map((locale) => {
    const lang = languageOf(locale);
    const types = contentSlotTypes(
      withEnglishFallback(catalog, lang),
      lang,
      sources[lang].purposes,
    );
    return [locale, buildModel(sources[lang], types)] as const;
  });
  return Object.fromEntries(models) as Record<Locale, InteractionModel>;
}
