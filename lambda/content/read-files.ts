/**
 * Reads the content folder and the seed articles for the checker and the tests. Files are
 * read raw (JSON parsed, not validated) so that validation can report every problem at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Seed } from './copy-check';

/** One content file: its path relative to the content folder and its parsed JSON. */
export interface ContentFile {
  file: string;
  data: unknown;
  /** Set when the file is not valid JSON. */
  parseError?: string;
}

function readJson(dir: string, file: string): ContentFile {
  try {
    return { file, data: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) };
  } catch (e) {
    return { file, data: undefined, parseError: (e as Error).message };
  }
}

function jsonFilesIn(dir: string, sub: string): string[] {
  const folder = path.join(dir, sub);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${sub}/${f}`);
}

/** Every JSON file of a content folder: the top-level files, exercises/ and routines/. */
export function readContentFiles(dir: string): ContentFile[] {
  const top = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const all = [...top, ...jsonFilesIn(dir, 'exercises'), ...jsonFilesIn(dir, 'routines')];
  return all.map((file) => readJson(dir, file));
}

/**
 * Puts `overlay` files over `base` (same path replaces, new path adds): a test fixture is the
 * real content with one file broken.
 */
export function overlayFiles(base: ContentFile[], overlay: ContentFile[]): ContentFile[] {
  const byPath = new Map(base.map((f) => [f.file, f]));
  for (const f of overlay) byPath.set(f.file, f);
  return [...byPath.values()];
}

/** The seed articles, or undefined when the folder does not exist (the check is skipped). */
export function readSeeds(dir: string): Seed[] | undefined {
  if (!fs.existsSync(dir)) return undefined;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
