/** Request matching through the SDK's helpers, never by walking the envelope. */
import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    names.includes(getIntentName(input.requestEnvelope))
  );
}

export function isRequest(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}
