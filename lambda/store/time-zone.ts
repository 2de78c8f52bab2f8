/**
 * The user's time zone, for counting streak days on their calendar. Asked of the Alexa
 * settings API when the request carries an API token and the skill has an API client;
 * 'UTC' otherwise. A lookup must never cost a turn: errors and slow answers fall back to UTC.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getApiAccessToken, getDeviceId } from '../ask-sdk';
import { isKnownTimeZone } from './local-date';

export const FallbackTimeZone = 'UTC';

/** How long to wait for the settings API before counting in UTC. */
export const TimeZoneTimeoutMs = 600;

export async function getTimeZone(
  handlerInput: HandlerInput,
  timeoutMs = TimeZoneTimeoutMs,
): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const envelope = handlerInput.requestEnvelope;
    const deviceId = getDeviceId(envelope);
    if (!getApiAccessToken(envelope) || !deviceId || !handlerInput.serviceClientFactory) {
      return FallbackTimeZone;
    }
    const lookup = handlerInput.serviceClientFactory
      .getUpsServiceClient()
      .getSystemTimeZone(deviceId);
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    // A late answer after the timeout is ignored; its rejection must not go unhandled.
    lookup.catch(() => undefined);
    const zone = await Promise.race([lookup, timeout]);
    return typeof zone === 'string' && isKnownTimeZone(zone) ? zone : FallbackTimeZone;
  } catch {
    return FallbackTimeZone;
  } finally {
    clearTimeout(timer);
  }
}
