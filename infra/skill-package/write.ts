/** Puts a built skill package on disk in the ASK CLI v2 layout. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SkillPackage } from './build';

/**
 * Writes `skill.json` and `interactionModels/custom/<locale>.json` into `dir`. The models
 * folder is emptied first so a locale removed from `interaction-models/` does not linger.
 */
export function writeSkillPackage(pkg: SkillPackage, dir: string): void {
  const modelsDir = path.join(dir, 'interactionModels', 'custom');
  fs.rmSync(modelsDir, { recursive: true, force: true });
  fs.mkdirSync(modelsDir, { recursive: true });
  writeJson(path.join(dir, 'skill.json'), pkg.manifest);
  for (const [locale, model] of Object.entries(pkg.models)) {
    writeJson(path.join(modelsDir, `${locale}.json`), model);
  }
}

/**
 * Writes an ASK CLI v2 project: `ask-resources.json` pointing at `skill-package/`, so
 * `ask deploy` run inside `dir` uploads the package (and nothing else: the function is CDK's).
 */
export function writeAskProject(pkg: SkillPackage, dir: string): string {
  const packageDir = path.join(dir, 'skill-package');
  writeSkillPackage(pkg, packageDir);
  writeJson(path.join(dir, 'ask-resources.json'), {
    askcliResourcesVersion: '2020-03-31',
    profiles: { default: { skillMetadata: { src: './skill-package' } } },
  });
  return packageDir;
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
