/**
 * A returning user for the cold-start bench: someone who opened the skill, started the default
 * routine and stopped. Played from source through createSkill and the file store the cold
 * bundle reads, so the cold start meets the record the real skill wrote. Their next launch is
 * a resume offer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { BuiltIn } from '../../lambda/ids';
import { createSkill } from '../../lambda/skill';
import { FileStore } from '../../lambda/store/file-store';
import {
  intentRequest,
  launchRequest,
  newConversation,
  nextSession,
  type Conversation,
} from '../../tools/lib/envelopes';

export interface ReturningUser {
  /** The data folder holding the user's record; copy it before each cold start. */
  dataDir: string;
  /** Their next launch, in a new session. */
  launch: RequestEnvelope;
}

export async function returningUser(dataDir: string): Promise<ReturningUser> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const skill = createSkill({ store: new FileStore(dataDir), log: () => undefined });
  let c: Conversation = newConversation();
  const say = async (request: RequestEnvelope): Promise<ResponseEnvelope> => {
    const reply = await skill.invoke(request);
    c = { ...c, isNew: false, attributes: reply.sessionAttributes ?? {} };
    return reply;
  };
  await say(launchRequest(c));
  await say(intentRequest(c, BuiltIn.Yes));
  await say(intentRequest(c, BuiltIn.Stop));
  if (fs.readdirSync(dataDir).filter((f) => f.endsWith('.json')).length !== 1)
    throw new Error(`the returning user left no record in ${path.resolve(dataDir)}`);
  return { dataDir, launch: launchRequest(nextSession(c)) };
}
