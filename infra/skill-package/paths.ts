import * as path from 'node:path';

/** The repository root, found from this file so commands work from any working directory. */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Where `npm run skill-package` writes the ASK CLI project (gitignored). */
export const defaultAskProjectDir = path.join(repoRoot, '.build', 'ask');
