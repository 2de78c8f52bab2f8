/**
 * `npm run models:build`: writes interaction-models/<locale>.json (ASK CLI format) from the
 * grammar sources and the content. The files are committed; a test fails when they are stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCatalog } from '../lambda/content/index';
import { buildModels } from '../interaction-models/source/build';

/** The folder the generated models live in. */
export const modelsDir = join(__dirname, '..', 'interaction-models');

/** The exact text written for a model, so the staleness test compares like with like. */
export function modelFileText(model: unknown): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

function main(): void {
  for (const [locale, model] of Object.entries(buildModels(getCatalog()))) {
    const file = join(modelsDir, `${locale}.json`);
    writeFileSync(file, modelFileText(model));
    const { intents, types } = model.interactionModel.languageModel;
    const samples = intents.reduce((n, i) => n + i.samples.length, 0);
    const values = types.reduce((n, t) => n + t.values.length, 0);
    console.log(`${file}: ${intents.length} intents, ${samples} samples, ${values} slot values`);
  }
}

if (require.main === module) main();
