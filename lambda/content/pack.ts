/**
 * Content packs: what the Lambda reads instead of the content folder. The build
 * (infra/content-pack) validates content/ and writes one file per language, `<lang>.json`,
 * holding the whole catalog, already indexed, with every text in that language only, and the
 * plan views of every activity narrated with default settings. A cold start reads the one
 * file of its request's language.
 *
 * Another language's texts are filled in from its pack when the loader is asked for that
 * language (lambda/content/index.ts), so the catalog ends up as the content folder has it.
 */
import type { PlanView } from '../routine/plan';
import type { AvoidedMove, Exercise, Routine, WeeklyPlan } from './schema';

/** Bump when the layout changes: a loader refuses a pack of another format. */
export const PackFormat = 2;

/**
 * Fields only the interaction-model build and the content checker read (schema.ts marks them
 * "build only"). Packs leave them out: the Lambda neither ships nor parses them (about 8 KB of
 * each pack). A test fails if skill code outside the checker reads one.
 */
export const BuildOnlyFields = {
  exercise: ['synonyms', 'equipment', 'sources'],
  timing: ['ownFigures'],
  routine: ['synonyms'],
  avoided: ['synonyms', 'sources'],
  weeklyPlan: ['sources'],
} as const;

export interface ContentPack {
  format: typeof PackFormat;
  /** The language of every text in this pack. */
  language: string;
  /** Every language content is written in (one pack each). */
  languages: string[];
  /** Items as in content/, without their BuildOnlyFields. */
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

/** A text is an object whose keys are all languages (the schema's Text and TextList are). */
function isText(o: object, languages: readonly string[]): boolean {
  let keys = 0;
  for (const k in o) {
    if (!languages.includes(k)) return false;
    keys++;
  }
  return keys > 0;
}

/** Every text of a pack, in a fixed walk order. */
export function packTexts(value: unknown, languages: readonly string[], out: TextNode[] = []) {
  if (Array.isArray(value)) {
    for (const v of value) packTexts(v, languages, out);
  } else if (value !== null && typeof value === 'object') {
    if (isText(value, languages)) out.push(value as TextNode);
    else for (const k in value) packTexts((value as TextNode)[k], languages, out);
  }
  return out;
}

/** The texts of a pack's catalog part (plan views hold none). */
export const catalogTexts = (p: ContentPack) =>
  packTexts([p.exercises, p.routines, p.avoided, p.weeklyPlan], [p.language]);

/**
 * Fills `other`'s language into `texts` (the texts of one pack, catalogTexts order), so that
 * pack's items read in both languages.
 */
export function fillLanguage(texts: TextNode[], other: ContentPack): void {
  const values = catalogTexts(other);
  if (values.length !== texts.length || other.textCount !== texts.length)
    throw new Error(`content pack ${other.language} does not line up with the others; rebuild`);
  const lang = other.language;
  for (let i = 0; i < texts.length; i++) texts[i][lang] = values[i][lang];
}
