/**
 * AWS Lambda entry: wiring only. The skill is built once per container and reused.
 * Store: DynamoDB when TABLE_NAME is set, otherwise the embedded file store under DATA_DIR.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createSkill } from './skill';
import { storeFromEnv } from './store/from-env';

const skill = createSkill({ store: storeFromEnv(), skillId: process.env.SKILL_ID || undefined });

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
