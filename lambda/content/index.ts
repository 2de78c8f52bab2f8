/**
 * The one module that reads content. Nothing else knows where the files are.
 *
 *   - from source (tests, console, tools): `content/` (exercises/<id>.json, routines/<id>.json,
 *     avoided.json, weekly-plan.json, manifest.json), or the folder `CONTENT_DIR` names.
 *   - on Lambda: the content packs the build writes to `content/<lang>.json` beside index.js
 *     (./pack.ts), validated and indexed at build time; the first request reads its own
 *     language's pack only.
 *   - loaded lazily on first use, cached for the life of the process; only `import type` from
 *     ./schema so zod stays out of the bundle. The data is trusted here because
 *     `npm run content:check` and the pack build validate it before it ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlanView } from '../routine/plan';
import { catalogTexts, fillLanguage, PackFormat, planViewKey, type ContentPack } from './pack';
import type { AvoidedMove, ContentManifest, Exercise, Routine, WeeklyPlan } from './schema';

export { RoutineId } from './routine-ids';

export interface Catalog {
  exercises: ReadonlyMap<string, Exercise>;
  routines: ReadonlyMap<string, Routine>;
  /** Routine ids in the order they should be listed to users. */
  routineOrder: readonly string[];
  avoided: ReadonlyMap<string, AvoidedMove>;
  weeklyPlan: WeeklyPlan;
  languages: readonly string[];
}

/**
 * Where content is: `CONTENT_DIR`, else `content/` beside the bundled index.js, else the
 * repo's content/ (running from source: tests, console, tools).
 */
export function resolveContentDir(): string {
  if (process.env.CONTENT_DIR) return process.env.CONTENT_DIR;
  const bundled = path.join(__dirname, 'content');
  if (fs.existsSync(path.join(bundled, 'manifest.json'))) return bundled;
  return path.resolve(__dirname, '..', '..', 'content');
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function readFolder<T extends { id: string }>(dir: string): Map<string, T> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  const items = files.sort().map((f) => readJson<T>(path.join(dir, f)));
  return new Map(items.map((item) => [item.id, item]));
}

/** Reads a content folder, uncached. Prefer getCatalog(); this is for tools and tests. */
export function loadCatalog(dir: string): Catalog {
  const manifest = readJson<ContentManifest>(path.join(dir, 'manifest.json'));
  const routines = readFolder<Routine>(path.join(dir, 'routines'));
  const listed = (manifest.order ?? []).filter((id) => routines.has(id));
  const rest = [...routines.keys()].filter((id) => !listed.includes(id));
  const avoided = readJson<AvoidedMove[]>(path.join(dir, 'avoided.json'));
  return {
    exercises: readFolder<Exercise>(path.join(dir, 'exercises')),
    routines,
    routineOrder: [...listed, ...rest],
    avoided: new Map(avoided.map((m) => [m.id, m])),
    weeklyPlan: readJson<WeeklyPlan>(path.join(dir, 'weekly-plan.json')),
    languages: manifest.languages,
  };
}

let packFolder: string | undefined | null = null;

/** The packs beside the bundle (`content/en.json`, ...), when this runs from a build. */
function packDir(): string | undefined {
  if (packFolder === null) {
    const dir = path.join(__dirname, 'content');
    const built = !process.env.CONTENT_DIR && fs.existsSync(path.join(dir, 'en.json'));
    packFolder = built ? dir : undefined;
  }
  return packFolder;
}

const packs = new Map<string, ContentPack>();

function readPack(dir: string, lang: string): ContentPack {
  let pack = packs.get(lang);
  if (!pack) {
    pack = readJson<ContentPack>(path.join(dir, `${lang}.json`));
    if (pack.format !== PackFormat)
      throw new Error(
        `content pack ${lang}: format ${pack.format}, this build reads ${PackFormat}`,
      );
    packs.set(lang, pack);
  }
  return pack;
}

/** The pack language for a locale: its own when content is written in it, else undefined. */
function packLanguage(dir: string, locale: string | undefined): string | undefined {
  const lang = (locale ?? '').slice(0, 2).toLowerCase();
  const known = packs.values().next().value?.languages;
  if (known) return known.includes(lang) ? lang : undefined;
  return /^[a-z]{2}$/.test(lang) && fs.existsSync(path.join(dir, `${lang}.json`))
    ? lang
    : undefined;
}

/** The pack the catalog was built from, its texts, and the languages filled in so far. */
let built: { pack: ContentPack; texts: ReturnType<typeof catalogTexts>; langs: Set<string> };

function catalogFromPack(dir: string, lang: string): Catalog {
  const pack = readPack(dir, lang);
  built = { pack, texts: [], langs: new Set([lang]) };
  return {
    exercises: new Map(pack.exercises.map((e) => [e.id, e])),
    routines: new Map(pack.routines.map((r) => [r.id, r])),
    routineOrder: pack.routineOrder,
    avoided: new Map(pack.avoided.map((m) => [m.id, m])),
    weeklyPlan: pack.weeklyPlan,
    languages: pack.languages,
  };
}

/** Makes the packed catalog's texts speak `langs` too (read from their packs once). */
function fillLanguages(dir: string, langs: readonly string[]): void {
  for (const lang of langs) {
    if (built.langs.has(lang)) continue;
    if (built.texts.length === 0) built.texts = catalogTexts(built.pack);
    fillLanguage(built.texts, readPack(dir, lang));
    built.langs.add(lang);
  }
}

let cached: Catalog | undefined;

/**
 * The catalog, with its texts in every language, or (given a request's `locale`) at least in
 * that locale's language. On Lambda the first load reads that language's pack only, so a turn
 * passes its locale; without one, every language's pack is read.
 */
export function getCatalog(locale?: string): Catalog {
  const dir = packDir();
  if (!dir) return (cached ??= loadCatalog(resolveContentDir()));
  const lang = locale === undefined ? undefined : (packLanguage(dir, locale) ?? 'en');
  cached ??= catalogFromPack(dir, lang ?? 'en');
  fillLanguages(dir, lang ? [lang] : cached.languages);
  return cached;
}

/**
 * The plan view of an activity narrated at build time with default preferences for the Alexa
 * voice in `locale`'s language; undefined when running from source or not packed.
 */
export function packedPlanView(
  activity: { kind: string; id: string },
  locale: string,
): PlanView | undefined {
  const dir = packDir();
  const lang = dir && packLanguage(dir, locale);
  return lang ? readPack(dir, lang).planViews[planViewKey(activity)] : undefined;
}

export function getExercise(id: string): Exercise | undefined {
  return getCatalog().exercises.get(id);
}

export function getRoutine(id: string): Routine | undefined {
  return getCatalog().routines.get(id);
}

/** Routines in listing order (bedside-morning first). */
export function listRoutines(): Routine[] {
  const { routines, routineOrder } = getCatalog();
  return routineOrder.map((id) => routines.get(id)!);
}

/** A move the skill leaves out, with its reason and alternative; for "can I do sit-ups?". */
export function getAvoidedMove(id: string): AvoidedMove | undefined {
  return getCatalog().avoided.get(id);
}

export function getWeeklyPlan(): WeeklyPlan {
  return getCatalog().weeklyPlan;
}
