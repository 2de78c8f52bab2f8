/**
 * Content packs: what the Lambda reads instead of the content folder. The build
 * (infra/content-pack) validates content/ and writes one file per language, `<lang>.json`,
 * holding the whole catalog, already indexed, with every text in that language only, and the
 * plan views of every activity narrated with default settings. A cold start reads the one
 * file of its request's language.
 *
 * A text in another language is still there when asked for: each text carries a getter for the
 * other languages that reads that language's pack on first use and fills in all of its texts.
 * Code written against the full catalog (`text.en`, `text[lang] ?? text.en`) keeps working.
 */
import type { PlanView } from '../routine/plan';
import type { AvoidedMove, Exercise, Routine, WeeklyPlan } from './schema';

/** Bump when the layout changes: a loader refuses a pack of another format. */
export const PackFormat = 1;

export interface ContentPack {
  format: typeof PackFormat;
  /** The language of every text in this pack. */
  language: string;
  /** Every language content is written in (one pack each). */
  languages: string[];
  exercises: Exercise[];
  routines: Routine[];
  /** Routine ids in listing order. */
  routineOrder: string[];
  avoided: AvoidedMove[];
  weeklyPlan: WeeklyPlan;
  /** Plan views narrated with default preferences for the Alexa voice, by planViewKey. */
  planViews: Record<string, PlanView>;
  /** Texts in the pack, in walk order; the same in every language's pack. */
  textCount: number;
}

/** The pack's name for an activity's plan view. */
export const planViewKey = (activity: { kind: string; id: string }) =>
  `${activity.kind}:${activity.id}`;

type TextNode = Record<string, unknown>;

/**
 * Every text of a pack, in a fixed walk order. A text is an object whose keys are all
 * languages (the schema's Text and TextList are strict objects of language keys).
 */
export function packTexts(value: unknown, languages: readonly string[], out: TextNode[] = []) {
  if (Array.isArray(value)) {
    for (const v of value) packTexts(v, languages, out);
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => languages.includes(k))) out.push(value as TextNode);
    else for (const k of keys) packTexts((value as TextNode)[k], languages, out);
  }
  return out;
}

/** The texts of a pack's catalog part (plan views hold none). */
const catalogTexts = (p: ContentPack) =>
  packTexts([p.exercises, p.routines, p.avoided, p.weeklyPlan], [p.language]);

/**
 * Makes `first`'s texts answer for every language: reading another language's text loads
 * that language's pack (`read`) once and fills in all its texts.
 */
export function linkLanguages(first: ContentPack, read: (lang: string) => ContentPack): void {
  const texts = catalogTexts(first);
  if (texts.length !== first.textCount)
    throw new Error(
      `content pack ${first.language}: ${texts.length} texts, expected ${first.textCount}`,
    );
  const fill = (lang: string) => {
    const other = read(lang);
    const values = catalogTexts(other);
    if (values.length !== texts.length)
      throw new Error(`content packs ${first.language} and ${lang} do not line up; rebuild them`);
    texts.forEach((t, i) =>
      Object.defineProperty(t, lang, {
        value: values[i][lang],
        enumerable: true,
        writable: true,
        configurable: true,
      }),
    );
  };
  for (const lang of first.languages) {
    if (lang === first.language) continue;
    const lazily = {
      enumerable: true,
      configurable: true,
      get(this: TextNode) {
        fill(lang);
        return this[lang];
      },
    };
    for (const t of texts) Object.defineProperty(t, lang, lazily);
  }
}
