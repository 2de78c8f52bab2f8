/**
 * String resources, read per language on first use and kept; one i18next instance serves
 * every request. Namespaces: "dialog" (what the skill says around the exercises) and
 * "narration" (the words inside an exercise: cues and counts).
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DefaultLocale, Languages, type Language } from '../ids';

export const Namespaces = ['dialog', 'narration'] as const;
export type Namespace = (typeof Namespaces)[number];

/**
 * Where the JSON files live: I18N_DIR, else `i18n/` beside the Lambda bundle (infra copies it
 * there), else this source folder. Files, not imports: a request loads its own language only,
 * which keeps three languages out of the bundle and off the cold start.
 */
function resourceDir(): string {
  const candidates = [process.env.I18N_DIR, path.join(__dirname, 'i18n'), __dirname];
  const found = candidates.find((d) => d && existsSync(path.join(d, 'en', 'dialog.json')));
  if (!found)
    throw new Error(
      `No string resources found (looked in ${candidates.filter(Boolean).join(', ')})`,
    );
  return found;
}

const loaded = new Map<Language, Record<Namespace, object>>();

/** One language's resources by namespace, read once. */
export function resourcesOf(lang: Language): Record<Namespace, object> {
  let r = loaded.get(lang);
  if (!r) {
    const dir = resourceDir();
    const read = (ns: Namespace) => {
      const file = path.join(dir, lang, `${ns}.json`);
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
    };
    r = { dialog: read('dialog'), narration: read('narration') };
    loaded.set(lang, r);
  }
  return r;
}

/**
 * Every language's resources, by namespace (for tests and tools; read on first access). A key
 * missing in one language falls back to English; test/i18n fails before that can reach a user.
 */
export const resources: Record<Language, Record<Namespace, object>> = Object.defineProperties(
  {} as Record<Language, Record<Namespace, object>>,
  Object.fromEntries(Languages.map((l) => [l, { enumerable: true, get: () => resourcesOf(l) }])),
);

let root: i18n | undefined;

/**
 * The one i18next instance, made for the first request's language: started from that
 * language's resources (and English, the fallback), already read, so init is synchronous and
 * reads nothing else. Other languages are added when a request first needs them.
 */
function rootInstance(first: Language): i18n {
  if (!root) {
    root = i18next.createInstance();
    const resources = { [first]: resourcesOf(first), en: resourcesOf('en') };
    // initAsync false: resources are in memory, so init is synchronous.
    void root.init({
      resources,
      lng: first,
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
    // "{{name, capital}}": a content name that opens a sentence ("rutina matutina en la
    // cama: 5 ejercicios") is written with a capital on cards and screens.
    root.services.formatter?.add('capital', (value: unknown) => {
      const text = String(value);
      return text.charAt(0).toLocaleUpperCase() + text.slice(1);
    });
  }
  return root;
}

const LocaleShape = /^([a-z]{2})-[A-Z]{2}$/;

/**
 * The locale to answer in: the request's, when it is a string shaped like "de-DE" in a
 * language we speak; en-US for anything else (a number, a megabyte, "fr-FR"). Never throws.
 */
export function supportedLocale(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 5) return DefaultLocale;
  const lang = LocaleShape.exec(raw)?.[1];
  return lang && (Languages as readonly string[]).includes(lang) ? raw : DefaultLocale;
}

/** The language of a locale ("de-DE" -> "de"), or English for anything unsupported or odd. */
export function languageOf(locale: unknown): Language {
  return supportedLocale(locale).slice(0, 2) as Language;
}

const translators = new Map<Language, TFunction>();

/**
 * A translator for one request's locale. Not getFixedT: it copies every i18next option on each
 * call (measured: 4x slower per string, and half of the memory a warm turn allocates).
 */
export function translatorFor(locale: unknown): TFunction {
  const lng = languageOf(locale);
  let t = translators.get(lng);
  if (!t) {
    const root = rootInstance(lng);
    if (!root.hasResourceBundle(lng, 'dialog')) {
      for (const [ns, bundle] of Object.entries(resourcesOf(lng)))
        root.addResourceBundle(lng, ns, bundle);
    }
    t = ((key: string, options?: object) =>
      root.t(key, { ...options, lng })) as unknown as TFunction;
    translators.set(lng, t);
  }
  return t;
}
