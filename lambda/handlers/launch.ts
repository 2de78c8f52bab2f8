import type { RequestHandler } from 'ask-sdk-core';
import type { TurnDependencies } from '../turn/run-turn';
import { isRequest } from './match';
import { routineEventHandler } from './routine-event-handler';

/** "Alexa, open back stretch coach": welcome, then offer to resume or start. */
export const launchHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    { canHandle: (i) => isRequest(i, 'LaunchRequest'), toEvent: () => ({ type: 'launch' }) },
    deps,
  );
