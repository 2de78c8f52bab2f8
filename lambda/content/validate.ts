/**
 * Validates a whole content folder: schema, references, computed durations, position flow,
 * avoided moves, flare safety, languages, spoken-name clashes and copied text. Used by
 * `npm run content:check` and the tests; the skill never imports it (it pulls in zod).
 */
import { z } from 'zod';
import type { ContentError } from './content-error';
import type { Seed } from './copy-check';
import { routineSeconds } from './duration';
import type { ContentFile } from './read-files';
import * as S from './schema';
import { idOf, parseItem } from './validate-schema';
import { exerciseErrors } from './validate-exercise';
import { avoidedErrors, manifestErrors, planErrors } from './validate-plan';
import { routineErrors } from './validate-routine';
import {
  copiedTextErrors,
  duplicateNameErrors,
  languageErrors,
  type TextItem,
} from './validate-text';

export interface ValidationReport {
  errors: ContentError[];
  exercises: number;
  routines: number;
  avoided: number;
  weeklyPlan: boolean;
  /** Active seconds per routine id, normal and as played on a flare day. */
  durations: { id: string; seconds: number; gentleSeconds: number }[];
  languages: readonly string[];
  /** False when no seed articles were given: the copied-run check was skipped. */
  copyChecked: boolean;
}

const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '');

export function validateContent(files: ContentFile[], seeds?: Seed[]): ValidationReport {
  const errors: ContentError[] = [];
  const texts: TextItem[] = [];
  const exercises = new Map<string, S.Exercise>();
  const routines = new Map<string, S.Routine>();
  let manifest: S.ContentManifest | undefined;
  let avoided: S.AvoidedMove[] = [];
  let plan: S.WeeklyPlan | undefined;
  /** Exercise ids whose file failed the schema: references to them are not errors too. */
  const broken = new Set<string>();

  const parse = <T extends z.ZodType>(schema: T, f: ContentFile, item: string, base = '') => {
    const { value, errors: found } = parseItem(schema, f.data, f.file, item, base);
    errors.push(...found);
    return value;
  };
  for (const f of files) {
    const item = idOf(f.data, baseName(f.file));
    if (f.parseError) {
      errors.push({ file: f.file, item, field: '(file)', message: `not JSON: ${f.parseError}` });
      continue;
    }
    if (f.file === 'manifest.json') manifest = parse(S.ContentManifest, f, 'manifest');
    else if (f.file === 'weekly-plan.json') plan = parse(S.WeeklyPlan, f, 'weekly-plan');
    else if (f.file === 'avoided.json') avoided = parseAvoided(f, parse, texts);
    else if (f.file.startsWith('exercises/')) {
      const e = parse(S.Exercise, f, item);
      if (e) exercises.set(e.id, e);
      else broken.add(item);
    } else if (f.file.startsWith('routines/')) {
      const r = parse(S.Routine, f, item);
      if (r) routines.set(r.id, r);
    } else {
      errors.push({ file: f.file, item, field: '(file)', message: 'not a known content file' });
      continue;
    }
    if (f.file !== 'avoided.json') texts.push({ file: f.file, item, data: f.data });
  }
  if (!manifest) errors.push(missing('manifest.json', 'manifest'));
  if (!plan) errors.push(missing('weekly-plan.json', 'weekly-plan'));

  const seedNames = seeds && new Set(seeds.map((s) => s.name));
  const avoidedById = new Map(avoided.map((m) => [m.id, m]));
  for (const f of files) {
    const e = exercises.get(idOf(f.data, ''));
    if (e && f.file.startsWith('exercises/')) errors.push(...exerciseErrors(e, f.file, seedNames));
    const r = routines.get(idOf(f.data, ''));
    if (r && f.file.startsWith('routines/')) {
      errors.push(...routineErrors(r, f.file, { exercises, avoided: avoidedById, broken }));
    }
  }
  errors.push(...avoidedErrors(avoided, exercises, broken));
  if (plan) errors.push(...planErrors(plan, routines));
  if (manifest) errors.push(...manifestErrors(manifest, routines));

  const languages = manifest?.languages ?? ['en'];
  const named = texts.filter((t) => !/^(manifest|weekly-plan)\.json$/.test(t.file));
  errors.push(...languageErrors(texts, languages), ...duplicateNameErrors(named, languages));
  if (seeds) errors.push(...copiedTextErrors(texts, seeds));

  const lookup = (id: string) => exercises.get(id);
  const order = manifest?.order ?? [...routines.keys()];
  const durations = order
    .map((id) => routines.get(id))
    .filter((r): r is S.Routine => r !== undefined)
    .map((r) => ({
      id: r.id,
      seconds: routineSeconds(r, lookup),
      gentleSeconds: routineSeconds({ ...r, gentle: true }, lookup),
    }));
  return {
    errors,
    exercises: exercises.size,
    routines: routines.size,
    avoided: avoided.length,
    weeklyPlan: plan !== undefined,
    durations,
    languages,
    copyChecked: seeds !== undefined,
  };
}

function missing(file: string, item: string): ContentError {
  return { file, item, field: '(file)', message: 'missing' };
}

/** avoided.json is a list; each move is its own item so errors name it. */
function parseAvoided(
  f: ContentFile,
  parse: <T extends z.ZodType>(s: T, f: ContentFile, item: string, base?: string) => unknown,
  texts: TextItem[],
): S.AvoidedMove[] {
  if (!Array.isArray(f.data)) {
    parse(z.array(S.AvoidedMove), f, 'avoided');
    return [];
  }
  const out: S.AvoidedMove[] = [];
  f.data.forEach((raw: unknown, i) => {
    const item = idOf(raw, `[${i}]`);
    const m = parse(S.AvoidedMove, { file: f.file, data: raw }, item, `[${i}]`);
    if (m) out.push(m as S.AvoidedMove);
    texts.push({ file: f.file, item, data: raw });
  });
  return out;
}
