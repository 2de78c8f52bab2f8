/**
 * First pass of validation: sorts the files by kind and parses each with its schema. Every
 * item that parses is kept for the cross-checks; every one that does not is reported here.
 */
import { z } from 'zod';
import type { ContentError } from './content-error';
import type { ContentFile } from './read-files';
import * as S from './schema';
import { idOf, parseItem } from './validate-schema';
import type { TextItem } from './validate-text';

export interface ParsedContent {
  errors: ContentError[];
  /** Every item whose words are checked (all parsed JSON, valid or not). */
  texts: TextItem[];
  exercises: Map<string, S.Exercise>;
  routines: Map<string, S.Routine>;
  avoided: S.AvoidedMove[];
  manifest?: S.ContentManifest;
  plan?: S.WeeklyPlan;
  /** Exercise ids whose file failed the schema: references to them are not errors too. */
  broken: Set<string>;
}

const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '');
const missing = (file: string, item: string): ContentError => ({
  file,
  item,
  field: '(file)',
  message: 'missing',
});

export function parseContent(files: ContentFile[]): ParsedContent {
  const out: ParsedContent = {
    errors: [],
    texts: [],
    exercises: new Map(),
    routines: new Map(),
    avoided: [],
    broken: new Set(),
  };
  const parse = <T extends z.ZodType>(
    schema: T,
    data: unknown,
    file: string,
    item: string,
    base = '',
  ) => {
    const { value, errors } = parseItem(schema, data, file, item, base);
    out.errors.push(...errors);
    return value;
  };
  for (const f of files) {
    const item = idOf(f.data, baseName(f.file));
    if (f.parseError) {
      out.errors.push({
        file: f.file,
        item,
        field: '(file)',
        message: `not JSON: ${f.parseError}`,
      });
    } else if (f.file === 'avoided.json') {
      if (!Array.isArray(f.data)) parse(z.array(S.AvoidedMove), f.data, f.file, 'avoided');
      else {
        f.data.forEach((raw: unknown, i) => {
          const id = idOf(raw, `[${i}]`);
          const move = parse(S.AvoidedMove, raw, f.file, id, `[${i}]`);
          if (move) out.avoided.push(move);
          out.texts.push({ file: f.file, item: id, data: raw });
        });
      }
    } else {
      if (f.file === 'manifest.json')
        out.manifest = parse(S.ContentManifest, f.data, f.file, 'manifest');
      else if (f.file === 'weekly-plan.json')
        out.plan = parse(S.WeeklyPlan, f.data, f.file, 'weekly-plan');
      else if (f.file.startsWith('exercises/')) {
        const e = parse(S.Exercise, f.data, f.file, item);
        if (e) out.exercises.set(e.id, e);
        else out.broken.add(item);
      } else if (f.file.startsWith('routines/')) {
        const r = parse(S.Routine, f.data, f.file, item);
        if (r) out.routines.set(r.id, r);
      } else {
        out.errors.push({
          file: f.file,
          item,
          field: '(file)',
          message: 'not a known content file',
        });
        continue;
      }
      out.texts.push({ file: f.file, item, data: f.data });
    }
  }
  if (!out.manifest) out.errors.push(missing('manifest.json', 'manifest'));
  if (!out.plan) out.errors.push(missing('weekly-plan.json', 'weekly-plan'));
  if (!files.some((f) => f.file === 'avoided.json'))
    out.errors.push(missing('avoided.json', 'avoided'));
  return out;
}
