/**
 * The floor a user could choose: the smallest ask-sdk-core skill that answers a LaunchRequest.
 * The bench bundles it exactly as the real skill is bundled and compares the two.
 */
import { getRequestType, SkillBuilders, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const launch: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  // A fixed word is the point of this file: it is the baseline, not part of the skill.
  handle: (input) => input.responseBuilder.speak('Hello').getResponse(),
};

const skill = SkillBuilders.custom().addRequestHandlers(launch).create();

/** Same shape as lambda/index.ts, so one cold-start driver runs either bundle. */
export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
