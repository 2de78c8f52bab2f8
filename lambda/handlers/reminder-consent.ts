import type { RequestHandler } from 'ask-sdk-core';
import { getRequest } from '../ask-sdk';
import type { interfaces } from 'ask-sdk-model';
import { ConnectionsResponse } from '../ids';
import { AskForName, decodeToken, type ConsentAnswer } from '../reminders/consent';
import { setDaily, type ReminderOutcome } from '../reminders/flow';
import { runReminderTurn } from '../reminders/turn';
import type { TurnDependencies } from '../turn/run-turn';
import { isRequest } from './match';

/**
 * Alexa's answer to our consent question (Connections.Response for AskFor). Accepted: set the
 * reminder the token names. Denied: respect it. Not answered, or a device where voice consent
 * doesn't work (a status other than 200): a card in the Alexa app explains the other way.
 */
export const reminderConsentHandler = (deps: TurnDependencies): RequestHandler => ({
  canHandle: (i) =>
    isRequest(i, ConnectionsResponse) &&
    getRequest<interfaces.connections.ConnectionsResponse>(i.requestEnvelope).name === AskForName,
  handle: (i) => {
    const request = getRequest<interfaces.connections.ConnectionsResponse>(i.requestEnvelope);
    const answer = request.payload?.status as ConsentAnswer | undefined;
    const wanted = decodeToken(request.token);
    const worked = request.status?.code === '200';
    const accepted = worked && answer === 'ACCEPTED';
    return runReminderTurn(
      i,
      deps,
      (c): ReminderOutcome | Promise<ReminderOutcome> => {
        if (accepted && wanted) return setDaily(c, wanted.op, wanted.time);
        if (accepted) return setDaily(c, 'set', undefined);
        if (worked && answer === 'DENIED') return { acts: [{ type: 'consent-denied' }] };
        if (worked && answer === 'NOT_ANSWERED') return { acts: [{ type: 'consent-unanswered' }] };
        return { acts: [{ type: 'consent-by-card' }] };
      },
      { permitted: accepted },
    );
  },
});
