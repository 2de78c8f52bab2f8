/**
 * Bundles a Lambda entry exactly as infra/constructs/skill-function.ts asks NodejsFunction to
 * (esbuild --bundle --platform=node --target=node24 --minify --sourcemap --sources-content=false
 * and the same externals, CommonJS out), and measures what would ship.
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LambdaExternals } from '../../infra/constructs/lambda-externals';

/** The options infra uses; kept in one place so a change there is one change here. */
export const InfraBundleOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  // skill-function.ts sets target 'node24' for the NODEJS_24_X runtime (the brief said node22).
  target: 'node24',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  // Mappings only: Node maps stack traces without the sources, and reads the map on load.
  sourcesContent: false,
  external: LambdaExternals,
  logLevel: 'silent',
};

export interface BundleResult {
  file: string;
  bytes: number;
  gzipBytes: number;
  metafile: Metafile;
}

/**
 * Bundles `entry` into `outDir/index.js`; `beside` then puts what ships next to it (as infra's
 * afterBundling hook does), so the bundle runs with nothing from the repo.
 */
export async function bundle(
  entry: string,
  outDir: string,
  beside?: (outDir: string) => void,
): Promise<BundleResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const file = path.join(outDir, 'index.js');
  const result = await build({
    ...InfraBundleOptions,
    entryPoints: [entry],
    outfile: file,
    metafile: true,
  });
  beside?.(outDir);
  const code = fs.readFileSync(file);
  return {
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    metafile: result.metafile,
  };
}

/** Bytes by npm package (or "project") in a bundle, largest first: what to cut when it is big. */
export function bytesByPackage(metafile: Metafile): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const name = match ? match[1] : 'project';
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Total and gzip bytes of a folder's files (content/ ships beside the bundle). */
export function folderSize(dir: string): { bytes: number; gzipBytes: number; files: number } {
  let [bytes, gzipBytes, files] = [0, 0, 0];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const data = fs.readFileSync(path.join(entry.parentPath, entry.name));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
    files += 1;
  }
  return { bytes, gzipBytes, files };
}
