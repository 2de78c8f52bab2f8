/**
 * Runs in a fresh `node` process: loads one Lambda bundle and answers one request, the way a
 * Lambda cold start does. Usage (after the bench bundles it): node cold.js <bundle> <envelope>.
 * Prints one line: `@answer {...}` with in-process milliseconds since the process began, the
 * monotonic clock at each phase boundary (to split a --cpu-prof profile into require and first
 * request) and the kind of question the answer leaves open (new user or resume offer).
 *
 * Like the Lambda runtime, it replaces console's methods before loading the handler with ones
 * that write each line straight to a file descriptor (the runtime writes to its telemetry fd):
 * on Lambda a skill's first log line never sets up Node's process.stdout stream (4 ms here for
 * a pipe), so neither does it here.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

interface Handler {
  handler: (event: unknown) => Promise<{
    response?: { outputSpeech?: unknown };
    sessionAttributes?: { dialog?: { pending?: { kind?: string } } };
  }>;
}

/** Microseconds on the monotonic clock, the clock V8's CPU profiles are stamped with. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

const writeLine = (text: string) => fs.writeSync(1, `${text}\n`);

function patchConsoleAsLambdaDoes(): void {
  const line = (...args: unknown[]) =>
    writeLine(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  Object.assign(console, { log: line, info: line, warn: line, error: line, debug: line });
}

async function main(): Promise<void> {
  const [bundlePath, envelopePath] = process.argv.slice(2);
  const envelope: unknown = JSON.parse(fs.readFileSync(envelopePath, 'utf8'));
  patchConsoleAsLambdaDoes();
  const marks = [monotonicUs()];
  const beforeRequire = performance.now();
  // A runtime path on purpose: this is how the Lambda runtime loads index.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lambda = require(bundlePath) as Handler;
  const loaded = performance.now();
  marks.push(monotonicUs());
  const cpu = process.cpuUsage();
  const response = await lambda.handler(envelope);
  const answered = performance.now();
  const used = process.cpuUsage(cpu);
  const total = process.cpuUsage();
  marks.push(monotonicUs());
  const spoke = Boolean(response.response?.outputSpeech);
  const pending = response.sessionAttributes?.dialog?.pending?.kind;
  // performance.now() counts from the process's time origin, so these include Node's own boot.
  const result = {
    boot: beforeRequire,
    require: loaded - beforeRequire,
    handle: answered - loaded,
    // CPU time of the first request: blind to waiting for a busy core or for the disk.
    handleCpu: (used.user + used.system) / 1000,
    // CPU time of the whole process up to the answer, boot included: on a busy machine the
    // figure that waiting for a core does not inflate.
    cpuToAnswer: (total.user + total.system) / 1000,
  };
  const line = { ...result, firstAnswer: answered, spoke, pending, marks };
  writeLine(`@answer ${JSON.stringify(line)}`);
}

main().catch((error: unknown) => {
  writeLine(`@error ${String(error)}`);
  process.exitCode = 1;
});
