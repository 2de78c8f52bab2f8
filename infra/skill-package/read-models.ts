/** Reads the generated interaction models, one `interaction-models/<locale>.json` per locale. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Locales } from '../../lambda/ids';
import type { InteractionModelFile } from './model-types';
import { repoRoot } from './paths';

/** Every shipped locale that has a model file, by locale. Locales without one are skipped. */
export function readInteractionModels(
  dir = path.join(repoRoot, 'interaction-models'),
): Record<string, InteractionModelFile> {
  const models: Record<string, InteractionModelFile> = {};
  for (const locale of Locales) {
    const file = path.join(dir, `${locale}.json`);
    if (fs.existsSync(file)) {
      models[locale] = JSON.parse(fs.readFileSync(file, 'utf8')) as InteractionModelFile;
    }
  }
  return models;
}
