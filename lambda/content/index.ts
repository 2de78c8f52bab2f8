/**
 * The one module that reads content. Nothing else knows where the files are.
 *
 *   - content lives in `content/` (exercises/<id>.json, routines/<id>.json, avoided.json,
 *     weekly-plan.json, manifest.json); `CONTENT_DIR` overrides the folder (the Lambda bundle
 *     ships it beside index.js).
 *   - loaded lazily on first use, cached for the life of the process; only `import type` from
 *     ./schema so zod stays out of the bundle. The data is trusted here because
 *     `npm run content:check` validates it before it ships.
 */
import fs from 'node:fs';
import path from 'node:path';
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

let cached: Catalog | undefined;

export function getCatalog(): Catalog {
  cached ??= loadCatalog(resolveContentDir());
  return cached;
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
