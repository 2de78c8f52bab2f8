import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';
import type { TurnDependencies } from '../turn/run-turn';
import { runTurn } from '../turn/run-turn';

/**
 * Catch-all, registered last: an intent this skill doesn't know is treated as Fallback; any
 * other request type (events, screen touches we don't use) gets an empty answer.
 */
export const unknownRequestHandler = (deps: TurnDependencies): RequestHandler => ({
  canHandle: () => true,
  handle: (i) =>
    getRequestType(i.requestEnvelope) === 'IntentRequest'
      ? runTurn(i, { type: 'ask', topic: 'fallback' }, deps)
      : i.responseBuilder.getResponse(),
});
