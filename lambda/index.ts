/**
 * AWS Lambda entry: wiring only. The skill is built once per container and reused.
 * Store: DynamoDB when TABLE_NAME is set, otherwise the embedded file store under DATA_DIR.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { translatorFor } from './i18n';
import { DefaultLocale } from './ids';
import { createSkill } from './skill';
import { storeFromEnv } from './store/from-env';

const skill = createSkill({ store: storeFromEnv(), skillId: process.env.SKILL_ID || undefined });

// Module scope is Lambda's init phase, which runs before the first request (and, when Lambda
// starts an environment ahead of demand, before any request): i18next starts there, from the
// default language's strings (English, every language's fallback).
translatorFor(DefaultLocale);

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
