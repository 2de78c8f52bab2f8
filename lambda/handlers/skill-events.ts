import type { RequestHandler } from 'ask-sdk-core';
import { getUserId } from '../ask-sdk';
import { SkillEvent } from '../ids';
import type { UserRepository } from '../store/repository';
import { hashId, type Logger } from '../interceptors/logging';
import { isRequest } from './match';

/**
 * The user disabled the skill: delete everything kept about them (they get a new user id if
 * they enable it again). Other lifecycle events need nothing.
 */
export const skillEventsHandler = (repository: UserRepository, log: Logger): RequestHandler => ({
  canHandle: (i) => isRequest(i, SkillEvent.Disabled) || isRequest(i, SkillEvent.Enabled),
  handle: async (i) => {
    if (isRequest(i, SkillEvent.Disabled)) {
      const userId = getUserId(i.requestEnvelope);
      try {
        await repository.forget(userId);
      } catch (error) {
        // Nobody hears this answer; log it so the deletion can be retried by an operator.
        log({ event: 'forget-failed', user: hashId(userId), message: (error as Error).message });
      }
    }
    return i.responseBuilder.getResponse();
  },
});
