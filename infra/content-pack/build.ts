/**
 * Builds the content packs the Lambda reads (lambda/content/pack.ts): validates content/ as
 * `npm run content:check` does (a pack is never built from content that fails it), loads it
 * with the skill's own loader, and writes per language the whole catalog with that language's
 * texts only, plus every activity's plan view narrated with default preferences for Alexa.
 * Nothing here names a field or an item: texts are found by shape (lambda/content/text-nodes.ts),
 * activities are whatever content holds.
 */
import { formatError } from '../../lambda/content/content-error';
import { loadCatalog, type Catalog } from '../../lambda/content/index';
import {
  BuildOnlyFields,
  packTexts,
  PackFormat,
  planViewKey,
  type ContentPack,
} from '../../lambda/content/pack';
import { readContentFiles } from '../../lambda/content/read-files';
import { textNodes } from '../../lambda/content/text-nodes';
import { validateContent } from '../../lambda/content/validate';
import { translatorFor } from '../../lambda/i18n';
import { Locales } from '../../lambda/ids';
import type { PlanView } from '../../lambda/routine/plan';
import type { Activity } from '../../lambda/routine/state';
import { defaultPlanView, narrationPhrases } from '../../lambda/turn/plans';

/** A copy of `value` with every text cut down to `lang` (null where it has none). */
function inLanguage<T>(value: T, lang: string): T {
  if (Array.isArray(value)) return value.map((v: unknown) => inLanguage(v, lang)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  // A text, as the checker's walk finds them: the walk stops at the object itself.
  if (textNodes(record)[0]?.path === '') return { [lang]: record[lang] ?? null } as T;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, inLanguage(v, lang)])) as T;
}

/** A copy of `item` without `fields`. */
function without<T extends object>(item: T, fields: readonly string[]): T {
  const copy = { ...item } as Record<string, unknown>;
  for (const f of fields) delete copy[f];
  return copy as T;
}

/** The items as the Lambda reads them: what only the model build and the checker read left out. */
export function runtimeItems(catalog: Catalog) {
  const f = BuildOnlyFields;
  return {
    exercises: [...catalog.exercises.values()].map((e) => ({
      ...without(e, f.exercise),
      timing: without(e.timing, f.timing),
    })),
    routines: catalog.routineOrder.map((id) => without(catalog.routines.get(id)!, f.routine)),
    avoided: [...catalog.avoided.values()].map((m) => without(m, f.avoided)),
    weeklyPlan: without(catalog.weeklyPlan, f.weeklyPlan),
  };
}

/**
 * Plan views of every routine and exercise in `lang`, narrated for its first locale. Default
 * preferences make the views depend on the language alone; the first activity is narrated for
 * every other locale of the language too, so a change that breaks that fails the build.
 */
function planViews(catalog: Catalog, lang: string): Record<string, PlanView> {
  const activities: Activity[] = [
    ...catalog.routineOrder.map((id): Activity => ({ kind: 'routine', id })),
    ...[...catalog.exercises.keys()].map((id): Activity => ({ kind: 'exercise', id })),
  ];
  const [first, ...others] = Locales.filter((l) => l.startsWith(`${lang}-`));
  const viewIn = (locale: string, a: Activity) =>
    defaultPlanView(a, locale, narrationPhrases(translatorFor(locale)));
  const views: Record<string, PlanView> = {};
  if (!first) return views;
  for (const a of activities) {
    const view = viewIn(first, a);
    if (view) views[planViewKey(a)] = view;
  }
  for (const locale of others) {
    const probe = activities[0] && viewIn(locale, activities[0]);
    if (JSON.stringify(probe) !== JSON.stringify(views[planViewKey(activities[0])]))
      throw new Error(`plan views differ between ${first} and ${locale}: pack them per locale`);
  }
  return views;
}

/** One pack per content language, from the content folder `dir`. */
export function buildContentPacks(dir: string): ContentPack[] {
  const report = validateContent(readContentFiles(dir));
  if (report.errors.length > 0)
    throw new Error(
      `content has errors; run npm run content:check\n${report.errors.map(formatError).join('\n')}`,
    );
  const catalog = loadCatalog(dir);
  const items = runtimeItems(catalog);
  const sourceTexts = textNodes([items.exercises, items.routines, items.avoided, items.weeklyPlan]);
  return catalog.languages.map((lang) => {
    const own = inLanguage(items, lang);
    const texts = packTexts([own.exercises, own.routines, own.avoided, own.weeklyPlan], [lang]);
    if (texts.length !== sourceTexts.length)
      throw new Error(`content pack ${lang}: found ${texts.length} of ${sourceTexts.length} texts`);
    return {
      format: PackFormat,
      language: lang,
      languages: [...catalog.languages],
      ...own,
      routineOrder: [...catalog.routineOrder],
      planViews: planViews(catalog, lang),
      textCount: texts.length,
    };
  });
}
