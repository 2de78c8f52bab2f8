/**
 * What the skill's bundle leaves out, shared by infra (esbuild through NodejsFunction) and the
 * bench (which bundles the same way), so both measure and ship one thing.
 *
 * The runtime ships the AWS SDK v3 clients: left out, the bundle stays small. Which helper
 * packages a runtime carries is not documented (AWS's advice is to bundle what you depend
 * on), so the S3 presigner a hands-free Play needs is bundled, but in a file of its own beside
 * index.js (LazyEntries): inside index.js its 160 kB added about 20 ms to every cold start,
 * even unused. The espeak-ng timing tables serve only the local audio preview
 * (lambda/narration/espeak-data.ts loads them lazily, never on Alexa).
 */

/** SDK clients the Lambda runtime provides. */
const RuntimeClients = [
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
  '@aws-sdk/util-dynamodb',
  '@aws-sdk/client-polly',
  '@aws-sdk/client-s3',
  // Optional, loaded only for SigV4a (multi-region access points), which nothing here uses.
  '@aws-sdk/signature-v4-crt',
];

/** Modules required lazily by path, each bundled on its own as `<name>.js` beside index.js. */
export const LazyEntries: Record<string, string> = {
  './presign': 'lambda/audio/presign.ts',
};

export const LambdaExternals = [...RuntimeClients, './espeak-*.json', ...Object.keys(LazyEntries)];

/** esbuild arguments for a lazy entry: the same target as index.js, clients left out. */
export function lazyEntryArgs(source: string, outfile: string): string[] {
  return [
    source,
    ...['--bundle', '--platform=node', '--target=node24', '--format=cjs', '--minify'],
    '--log-level=warning',
    ...RuntimeClients.map((m) => `--external:${m}`),
    `--outfile=${outfile}`,
  ];
}
