/** Puts the files the Lambda reads beside its index.js: content packs, strings, screens. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildContentPacks } from './build';

/**
 * Writes `content/<lang>.json` (one content pack per language), `i18n/<lang>/*.json` (the
 * strings, read per request's language) and `apl/` (the Echo Show documents, read on first
 * use) under `outDir`, from the repository at `root`.
 * The Lambda's build (infra/constructs/skill-function.ts) and the bench both ship these.
 */
export function writeLambdaFiles(root: string, outDir: string): void {
  const contentDir = path.join(outDir, 'content');
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(contentDir, { recursive: true });
  for (const pack of buildContentPacks(path.join(root, 'content')))
    fs.writeFileSync(path.join(contentDir, `${pack.language}.json`), JSON.stringify(pack));
  const strings = path.join(root, 'lambda', 'i18n');
  for (const lang of fs.readdirSync(strings, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    const to = path.join(outDir, 'i18n', lang.name);
    fs.mkdirSync(to, { recursive: true });
    for (const file of fs.readdirSync(path.join(strings, lang.name)))
      if (file.endsWith('.json'))
        fs.copyFileSync(path.join(strings, lang.name, file), path.join(to, file));
  }
  const screens = path.join(root, 'lambda', 'screen', 'apl');
  fs.cpSync(screens, path.join(outDir, 'apl'), { recursive: true });
}
