import type { RequestHandler } from 'ask-sdk-core';
import { getRequest, getUserId } from '../ask-sdk';
import type { services } from 'ask-sdk-model';
import { ReminderEvent } from '../ids';
import { hashId, type Logger } from '../interceptors/logging';
import type { UserRepository } from '../store/repository';
import { isRequest } from './match';

type DeletedEvent = services.reminderManagement.ReminderDeletedEventRequest;
type StatusEvent = services.reminderManagement.ReminderStatusChangedEventRequest;

/** The alert tokens an event says are no longer ringing. */
function endedTokens(input: Parameters<RequestHandler['handle']>[0]): string[] {
  if (isRequest(input, ReminderEvent.Deleted))
    return getRequest<DeletedEvent>(input.requestEnvelope).body?.alertTokens ?? [];
  const body = getRequest<StatusEvent>(input.requestEnvelope).body;
  return body?.status === 'COMPLETED' && body.alertToken ? [body.alertToken] : [];
}

/**
 * Reminders events from Alexa, outside any session: the user deleted the reminder in the
 * Alexa app (or it completed), so the stored one is forgotten and "what's my reminder?"
 * tells the truth. Created, updated and started events need nothing. Nobody hears the answer.
 */
export const reminderEventsHandler = (repository: UserRepository, log: Logger): RequestHandler => ({
  canHandle: (i) => Object.values(ReminderEvent).some((type) => isRequest(i, type)),
  handle: async (i) => {
    const tokens = endedTokens(i);
    if (tokens.length === 0) return i.responseBuilder.getResponse();
    const userId = getUserId(i.requestEnvelope);
    const user = await repository.load(userId);
    const r = user.reminder;
    if (r?.alertToken && tokens.includes(r.alertToken)) {
      const { offeredAt, declinedAt } = r;
      const reminder = {
        ...(offeredAt ? { offeredAt } : {}),
        ...(declinedAt ? { declinedAt } : {}),
        changedAt: new Date(i.requestEnvelope.request.timestamp).toISOString(),
      };
      const saved = await repository.save(userId, { ...user, reminder });
      if (!saved.ok)
        log({ event: 'reminder-sync-failed', user: hashId(userId), message: saved.error });
    }
    return i.responseBuilder.getResponse();
  },
});
