/**
 * One JSON line per request and per response. User and device ids are never written in clear:
 * a short salted hash lets logs of one user be followed without identifying them.
 */
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { getRequestType, getUserId } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { sha256Hex } from '../sha256';

export type Logger = (entry: Record<string, unknown>) => void;

export const consoleLogger: Logger = (entry) => console.log(JSON.stringify(entry));

/** The last id hashed: the request and the response log the same user and device. */
const lastHashed = new Map<string, string>();

export function hashId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  let hash = lastHashed.get(id);
  if (!hash) {
    hash = sha256Hex(`back-stretch-coach:${id}`).slice(0, 16);
    if (lastHashed.size >= 4) lastHashed.clear();
    lastHashed.set(id, hash);
  }
  return hash;
}

function describe(input: HandlerInput): Record<string, unknown> {
  const env = input.requestEnvelope;
  const request = env.request as {
    type: string;
    locale?: string;
    intent?: { name?: string };
    reason?: string;
  };
  let user: string | undefined;
  try {
    user = getUserId(env);
  } catch {
    user = undefined;
  }
  return {
    type: getRequestType(env),
    intent: request.intent?.name,
    reason: request.reason,
    locale: request.locale,
    user: hashId(user),
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
