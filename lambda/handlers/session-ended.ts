import type { RequestHandler } from 'ask-sdk-core';
import { getRequest } from '../ask-sdk';
import type { SessionEndedRequest } from 'ask-sdk-model';
import type { TurnDependencies } from '../turn/run-turn';
import { isRequest } from './match';
import { routineEventHandler } from './routine-event-handler';

const Reasons = {
  EXCEEDED_MAX_REPROMPTS: 'timeout',
  USER_INITIATED: 'user',
  ERROR: 'error',
} as const;

/** The session closed: save where the user is and say nothing (Alexa won't speak it). */
export const sessionEndedHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isRequest(i, 'SessionEndedRequest'),
      toEvent: (i) => {
        const reason = getRequest<SessionEndedRequest>(i.requestEnvelope).reason;
        return {
          type: 'session-ended',
          reason: Reasons[reason as keyof typeof Reasons] ?? 'error',
        };
      },
    },
    deps,
  );
