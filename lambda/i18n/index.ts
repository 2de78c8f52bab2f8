/**
 * String resources, loaded once at module scope; one i18next instance per language is cloned
 * cheaply per request. Namespaces: "dialog" (what the skill says around the exercises) and
 * "narration" (the words inside an exercise: cues and counts).
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import { DefaultLocale, Languages, type Language } from '../ids';
import enDialog from './en/dialog.json';
import enNarration from './en/narration.json';
import deDialog from './de/dialog.json';
import deNarration from './de/narration.json';
import esDialog from './es/dialog.json';
import esNarration from './es/narration.json';

export const Namespaces = ['dialog', 'narration'] as const;
export type Namespace = (typeof Namespaces)[number];

/**
 * Every language's resources, by namespace. A key missing in one language falls back to
 * English; test/i18n fails before that can reach a user.
 */
export const resources: Partial<Record<Language, Partial<Record<Namespace, object>>>> = {
  en: { dialog: enDialog, narration: enNarration },
  de: { dialog: deDialog, narration: deNarration },
  es: { dialog: esDialog, narration: esNarration },
};

let root: i18n | undefined;

function rootInstance(): i18n {
  if (!root) {
    root = i18next.createInstance();
    // initAsync false: resources are in memory, so init is synchronous.
    void root.init({
      resources,
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...Languages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      ns: [...Namespaces],
      defaultNS: 'dialog',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    // "{{name, capital}}": a content name that opens a sentence ("rutina de mañana en la
    // cama: 5 ejercicios") is written with a capital on cards and screens.
    root.services.formatter?.add('capital', (value: unknown) => {
      const text = String(value);
      return text.charAt(0).toLocaleUpperCase() + text.slice(1);
    });
  }
  return root;
}

/** The language of a locale ("de-DE" -> "de"), or English for anything unsupported or odd. */
export function languageOf(locale: string | undefined): Language {
  const lang = (locale ?? DefaultLocale).slice(0, 2).toLowerCase();
  return (Languages as readonly string[]).includes(lang) ? (lang as Language) : 'en';
}

const translators = new Map<Language, TFunction>();

/**
 * A translator for one request's locale. Not getFixedT: it copies every i18next option on each
 * call (measured: 4x slower per string, and half of the memory a warm turn allocates).
 */
export function translatorFor(locale: string | undefined): TFunction {
  const lng = languageOf(locale);
  let t = translators.get(lng);
  if (!t) {
    const root = rootInstance();
    t = ((key: string, options?: object) =>
      root.t(key, { ...options, lng })) as unknown as TFunction;
    translators.set(lng, t);
  }
  return t;
}
