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
import { getRequestType, getUserId } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { createHash, randomBytes } from 'node:crypto';

export type Logger = (entry: Record<string, unknown>) => void;

export const consoleLogger: Logger = (entry) => console.log(JSON.stringify(entry));

const processSalt = process.env.LOG_HASH_SALT || randomBytes(16).toString('hex');

export function hashId(id: string | undefined, salt = processSalt): string | undefined {
  return id ? createHash('sha256').update(`${salt}:${id}`).digest('hex').slice(0, 16) : undefined;
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
