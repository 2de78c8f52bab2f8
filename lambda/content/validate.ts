/**
 * Validates a whole content folder: schema, references, computed durations, position flow,
 * avoided moves, flare safety, languages, spoken-name clashes and copied text. Used by
 * `npm run content:check` and the tests; the skill never imports it (it pulls in zod).
 */
import type { ContentError } from './content-error';
import type { Seed } from './copy-check';
import { routineSeconds } from './duration';
import { parseContent } from './parse-content';
import type { ContentFile } from './read-files';
import type { Routine } from './schema';
import { exerciseErrors } from './validate-exercise';
import { avoidedErrors, manifestErrors, planErrors } from './validate-plan';
import { routineErrors } from './validate-routine';
import { copiedTextErrors, duplicateNameErrors, languageErrors } from './validate-text';

export interface ValidationReport {
  errors: ContentError[];
  exercises: number;
  routines: number;
  avoided: number;
  weeklyPlan: boolean;
  /** Active seconds per routine id, in listing order: normal and in flare mode. */
  durations: { id: string; seconds: number; gentleSeconds: number }[];
  languages: readonly string[];
  /** False when no seed articles were given: the copied-run check was skipped. */
  copyChecked: boolean;
}

export function validateContent(files: ContentFile[], seeds?: Seed[]): ValidationReport {
  const c = parseContent(files);
  const errors = [...c.errors];
  const seedNames = seeds && new Set(seeds.map((s) => s.name));
  const avoided = new Map(c.avoided.map((m) => [m.id, m]));
  for (const f of files) {
    const id = (f.data as { id?: string } | undefined)?.id ?? '';
    const e = f.file.startsWith('exercises/') && c.exercises.get(id);
    if (e) errors.push(...exerciseErrors(e, f.file, seedNames));
    const r = f.file.startsWith('routines/') && c.routines.get(id);
    if (r) errors.push(...routineErrors(r, f.file, { ...c, avoided }));
  }
  errors.push(...avoidedErrors(c.avoided, c.exercises, c.broken));
  if (c.plan) errors.push(...planErrors(c.plan, c.routines));
  if (c.manifest) errors.push(...manifestErrors(c.manifest, c.routines));

  const languages = c.manifest?.languages ?? ['en'];
  const named = c.texts.filter((t) => !/^(manifest|weekly-plan)\.json$/.test(t.file));
  errors.push(...languageErrors(c.texts, languages), ...duplicateNameErrors(named, languages));
  if (seeds) errors.push(...copiedTextErrors(c.texts, seeds));

  const lookup = (id: string) => c.exercises.get(id);
  const durations = (c.manifest?.order ?? [...c.routines.keys()])
    .map((id) => c.routines.get(id))
    .filter((r): r is Routine => r !== undefined)
    .map((r) => ({
      id: r.id,
      seconds: routineSeconds(r, lookup),
      // as played in flare mode: moves that are not flare-safe drop out, the rest go gentle
      gentleSeconds: routineSeconds(
        { ...r, gentle: true, steps: r.steps.filter((s) => lookup(s.exercise)?.flareSafe) },
        lookup,
      ),
    }));
  return {
    errors,
    exercises: c.exercises.size,
    routines: c.routines.size,
    avoided: c.avoided.length,
    weeklyPlan: c.plan !== undefined,
    durations,
    languages,
    copyChecked: seeds !== undefined,
  };
}
