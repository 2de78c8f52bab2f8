/**
 * The one module that reads content. Nothing else knows where the files are.
 *
 * CONTRACT (implemented by the content work; signatures are fixed):
 *   - content lives in `content/` (exercises/<id>.json, routines/<id>.json, avoided.json,
 *     weekly-plan.json, manifest.json); `CONTENT_DIR` overrides the folder (the Lambda bundle
 *     ships it beside index.js).
 *   - loaded lazily on first use, cached for the life of the process; only `import type` from
 *     ./schema so zod stays out of the bundle.
 */
import type { AvoidedMove, Exercise, Routine, WeeklyPlan } from './schema';

export interface Catalog {
  exercises: ReadonlyMap<string, Exercise>;
  routines: ReadonlyMap<string, Routine>;
  /** Routine ids in the order they should be listed to users. */
  routineOrder: readonly string[];
  avoided: ReadonlyMap<string, AvoidedMove>;
  weeklyPlan: WeeklyPlan;
  languages: readonly string[];
}

export declare function getCatalog(): Catalog;
export declare function getExercise(id: string): Exercise | undefined;
export declare function getRoutine(id: string): Routine | undefined;
