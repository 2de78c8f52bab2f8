/** Request matching through the SDK's helpers, never by walking the envelope. */
import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../ask-sdk';

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return false;
  let name: unknown;
  try {
    name = getIntentName(input.requestEnvelope);
  } catch {
    // An IntentRequest without an intent is nobody's: the catch-all answers it.
    return false;
  }
  return typeof name === 'string' && names.includes(name);
}

export function isRequest(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}
