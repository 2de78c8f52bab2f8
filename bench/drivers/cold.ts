/**
 * Runs in a fresh `node` process: loads one Lambda bundle and answers one request, the way a
 * Lambda cold start does. Usage (after the bench bundles it): node cold.js <bundle> <envelope>.
 * Prints one line: `@answer {...}` with in-process milliseconds since the process began.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

interface Handler {
  handler: (event: unknown) => Promise<{ response?: { outputSpeech?: unknown } }>;
}

async function main(): Promise<void> {
  const [bundlePath, envelopePath] = process.argv.slice(2);
  const envelope: unknown = JSON.parse(fs.readFileSync(envelopePath, 'utf8'));
  const beforeRequire = performance.now();
  // A runtime path on purpose: this is how the Lambda runtime loads index.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lambda = require(bundlePath) as Handler;
  const loaded = performance.now();
  const response = await lambda.handler(envelope);
  const answered = performance.now();
  const spoke = Boolean(response.response?.outputSpeech);
  // performance.now() counts from the process's time origin, so these include Node's own boot.
  const result = {
    boot: beforeRequire,
    require: loaded - beforeRequire,
    handle: answered - loaded,
  };
  process.stdout.write(`@answer ${JSON.stringify({ ...result, firstAnswer: answered, spoke })}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`@error ${String(error)}\n`);
  process.exitCode = 1;
});
