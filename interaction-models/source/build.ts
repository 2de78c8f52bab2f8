/**
 * Turns a grammar source plus content into the interaction model JSON for each locale. Pure:
 * the build script writes the result, and the tests regenerate it in memory to prove the
 * committed files are current.
 */
import type { Catalog } from '../../lambda/content/index';
import type { Language, Locale } from '../../lambda/ids';
import { withEnglishFallback } from './content-fallback';
import { contentSlotTypes } from './content-types';
import de from './de';
import en from './en';
import es from './es';
import {
  expand,
  type GrammarSource,
  type InteractionModel,
  type ModelSlotType,
  type SlotTypeSource,
} from './grammar';

/** The grammar source of each language that has one. */
export const sources = { en, de, es } as const;

/** The locales built from each source. */
export const modelLocales: readonly Locale[] = [
  'en-US',
  'en-GB',
  'en-CA',
  'en-AU',
  'en-IN',
  'de-DE',
  'es-ES',
  'es-MX',
  'es-US',
];


function toModelType(type: SlotTypeSource): ModelSlotType {
  return {
    name: type.name,
    values: type.values.map((v) => ({
      id: v.id,
      name: v.synonyms?.length ? { value: v.name, synonyms: [...v.synonyms] } : { value: v.name },
    })),
  };
}

/** One language model from a source and extra (content) slot types. */
export function buildModel(source: GrammarSource, extraTypes: SlotTypeSource[]): InteractionModel {
  const intents = source.intents.map((intent) => {
    const slots = Object.entries(intent.slots ?? {}).map(([name, type]) => ({ name, type }));
    const samples = [...new Set((intent.samples ?? []).flatMap(expand))];
    return slots.length > 0 ? { name: intent.name, slots, samples } : { name: intent.name, samples };
  });
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents,
        types: [...source.types, ...extraTypes].map(toModelType),
      },
    },
  };
}

/** Every locale's model, keyed by locale. */
export function buildModels(catalog: Catalog): Partial<Record<Locale, InteractionModel>> {
  const models: Partial<Record<Locale, InteractionModel>> = {};
  for (const locale of modelLocales) {
    const lang = locale.slice(0, 2) as Language;
    const source = sources[lang as keyof typeof sources];
    if (!source) continue;
    models[locale] = buildModel(source, contentSlotTypes(withEnglishFallback(catalog, lang), lang));
  }
  return models;
}
