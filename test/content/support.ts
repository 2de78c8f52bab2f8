/** Paths and readers shared by the content tests. */
import path from 'node:path';
import { formatError } from '../../lambda/content/content-error';
import { overlayFiles, readContentFiles, readSeeds } from '../../lambda/content/read-files';
import { validateContent } from '../../lambda/content/validate';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const contentDir = path.join(repoRoot, 'content');
export const fixturesDir = path.join(__dirname, 'fixtures');
/** The source articles live beside the repo, not in it; undefined where they are absent. */
export const seeds = readSeeds(path.resolve(repoRoot, '..', 'shared', 'seeds'));

/** Error lines for the real content with one fixture's files laid over it. */
export function errorsWithFixture(name: string): string[] {
  const files = overlayFiles(
    readContentFiles(contentDir),
    readContentFiles(path.join(fixturesDir, name)),
  );
  return validateContent(files, seeds).errors.map(formatError);
}
