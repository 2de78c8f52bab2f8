/** Bundles the bench's own drivers with the Lambda's options, so they run in plain `node`. */
import { build } from 'esbuild';
import path from 'node:path';
import { InfraBundleOptions } from './bundle';

export async function buildDriver(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.js`);
  await build({ ...InfraBundleOptions, entryPoints: [entry], outfile });
  return outfile;
}
