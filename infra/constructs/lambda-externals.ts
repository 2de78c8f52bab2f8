/**
 * What the skill's bundle leaves out, shared by infra (esbuild through NodejsFunction) and the
 * bench (which bundles the same way), so both measure and ship one thing.
 *
 * The runtime ships the AWS SDK v3 clients: left out, the bundle stays small. Not `@aws-sdk/*`:
 * which helper packages a runtime carries is not documented (AWS's advice is to bundle what you
 * depend on), so the S3 presigner a hands-free Play needs is bundled (about 160 kB, inside the
 * lazily required cloud audio module: turns that play nothing never run it). The espeak-ng
 * timing tables serve only the local audio preview (lambda/narration/espeak-data.ts loads them
 * lazily, never on Alexa).
 */
export const LambdaExternals = [
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
  '@aws-sdk/util-dynamodb',
  '@aws-sdk/client-polly',
  '@aws-sdk/client-s3',
  // Optional, loaded only for SigV4a (multi-region access points), which nothing here uses.
  '@aws-sdk/signature-v4-crt',
  './espeak-*.json',
];
