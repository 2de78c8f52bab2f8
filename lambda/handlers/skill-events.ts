import type { RequestHandler } from 'ask-sdk-core';
import { getUserId } from 'ask-sdk-core';
import { SkillEvent } from '../ids';
import type { UserRepository } from '../store/repository';
import { isRequest } from './match';

/**
 * The user disabled the skill: delete everything kept about them (they get a new user id if
 * they enable it again). Other lifecycle events need nothing.
 */
export const skillEventsHandler = (repository: UserRepository): RequestHandler => ({
  canHandle: (i) => isRequest(i, SkillEvent.Disabled) || isRequest(i, SkillEvent.Enabled),
  handle: async (i) => {
    if (isRequest(i, SkillEvent.Disabled)) await repository.forget(getUserId(i.requestEnvelope));
    return i.responseBuilder.getResponse();
  },
});
