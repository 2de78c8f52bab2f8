/**
 * One JSON line per request and per response. User and device ids are never written in clear:
 * a short salted hash lets logs of one user be followed without identifying them.
 *
 * The salt comes from LOG_HASH_SALT, which the CDK stack generates per deployment (Secrets
 * Manager, never in code or in the template). Without it, each process draws its own, so local
 * logs still hide ids. Either way, someone who reads the code cannot recompute a user's hash
 * from the table's keys and join logs to records.
 */
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { getRequestType, getUserId } from '../ask-sdk';
import type { Response } from 'ask-sdk-model';
import { sha256Hex } from '../sha256';

export type Logger = (entry: Record<string, unknown>) => void;

export const consoleLogger: Logger = (entry) => console.log(JSON.stringify(entry));

let processSalt: string | undefined;

/**
 * LOG_HASH_SALT, else a random salt for this process, drawn on first use: node:crypto costs
 * milliseconds of a cold start to load, and the Lambda always has LOG_HASH_SALT.
 */
function saltOfProcess(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const random = () => (require('node:crypto') as typeof import('node:crypto')).randomBytes(16);
  return (processSalt ??= process.env.LOG_HASH_SALT || random().toString('hex'));
}

/** The last ids hashed: the request and the response log the same user and device. */
const lastHashed = new Map<string, string>();

export function hashId(id: string | undefined, salt = saltOfProcess()): string | undefined {
  if (!id) return undefined;
  const salted = `${salt}:${id}`;
  let hash = lastHashed.get(salted);
  if (!hash) {
    hash = sha256Hex(salted).slice(0, 16);
    if (lastHashed.size >= 4) lastHashed.clear();
    lastHashed.set(salted, hash);
  }
  return hash;
}

/** A request field as it goes into a log line: strings only, and short. */
const field = (v: unknown): string | undefined =>
  typeof v === 'string' ? v.slice(0, 80) : undefined;

function describe(input: HandlerInput): Record<string, unknown> {
  const env = input.requestEnvelope;
  const request = env.request as {
    type: string;
    locale?: unknown;
    intent?: { name?: unknown };
    reason?: unknown;
  };
  let user: string | undefined;
  try {
    user = getUserId(env);
  } catch {
    user = undefined;
  }
  return {
    type: field(getRequestType(env)),
    intent: field(request.intent?.name),
    reason: field(request.reason),
    locale: field(request.locale),
    user: hashId(typeof user === 'string' ? user : undefined),
  };
}

export const requestLogger = (log: Logger): RequestInterceptor => ({
  process: (input) => log({ event: 'request', ...describe(input) }),
});

export const responseLogger = (log: Logger): ResponseInterceptor => ({
  process: (input, response?: Response) => {
    const speech = response?.outputSpeech as { ssml?: string } | undefined;
    log({
      event: 'response',
      ...describe(input),
      end: response?.shouldEndSession,
      chars: speech?.ssml?.length ?? 0,
    });
  },
});
