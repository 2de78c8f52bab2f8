/**
 * A simulated Echo for tests: utterances go through the project's own interaction model to real
 * request envelopes, session attributes are carried as Alexa carries them, the clock is ours,
 * and every response is checked against Alexa's rules before the test sees it.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSkill, type SkillDependencies } from '../../lambda/skill';
import type { UserStore } from '../../lambda/store/types';
import { MemoryStore } from '../../lambda/store/memory-store';
import {
  connectionsResponse,
  intentRequest,
  launchRequest,
  newConversation,
  nextSession,
  reminderEventRequest,
  sessionEndedRequest,
  skillEventRequest,
  userEventRequest,
  type Conversation,
  type EndReason,
} from '../../tools/lib/envelopes';
import { createMatcher, type Matcher, type MatchResult } from '../../tools/lib/nlu';
import { assertValidResponse } from './alexa-output';

export interface Turn {
  said: string;
  match?: MatchResult;
  response: ResponseEnvelope;
}

const matchers = new Map<string, Matcher>();
export function matcherFor(locale: string): Matcher {
  let m = matchers.get(locale);
  if (!m) {
    const file = path.join(__dirname, '../../interaction-models', `${locale}.json`);
    m = createMatcher(JSON.parse(readFileSync(file, 'utf8')));
    matchers.set(locale, m);
  }
  return m;
}

export interface DeviceOptions {
  locale?: string;
  store?: UserStore;
  /** Start time; the device clock only moves when the test moves it. */
  now?: Date;
  userId?: string;
  /** A device with a screen (declares APL). */
  screen?: boolean;
  /** Storage timing for the skill (fault tests shorten the deadline). */
  storage?: SkillDependencies['storage'];
  /** The skill's log sink; silent by default. */
  log?: SkillDependencies['log'];
  /** The Alexa APIs on loopback (tools/lib/alexa-api-server.ts) and the token they expect. */
  alexaApi?: { endpoint: string; token: string };
  /** The reminders permission as the envelope reports it (none: never asked). */
  remindersPermission?: 'GRANTED' | 'DENIED';
  /** False: this device can't ask for consent by voice (Connections.Response is not 200). */
  voiceConsent?: boolean;
}

/** What a user may say to Alexa's own consent question. */
export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

const RemindersScope = 'alexa::alerts:reminders:skill:readwrite';

export class Device {
  readonly store: UserStore;
  now: Date;
  private conversation: Conversation;
  private open = false;
  private readonly skill;
  private readonly voiceConsent: boolean;
  /** The token of a Connections.SendRequest AskFor the skill sent; Alexa is asking now. */
  consentToken?: string;
  last?: Turn;

  constructor(private readonly options: DeviceOptions = {}) {
    const o = options;
    this.store = o.store ?? new MemoryStore();
    this.now = o.now ?? new Date('2026-11-23T07:00:00Z');
    this.conversation = newConversation({
      locale: o.locale ?? 'en-US',
      screen: o.screen ?? false,
      ...(o.userId ? { userId: o.userId } : {}),
      ...(o.alexaApi ? { apiEndpoint: o.alexaApi.endpoint, apiAccessToken: o.alexaApi.token } : {}),
      ...(o.remindersPermission
        ? { permissions: { [RemindersScope]: o.remindersPermission } }
        : {}),
    });
    this.voiceConsent = o.voiceConsent ?? true;
    this.skill = createSkill({
      store: this.store,
      clock: () => this.now,
      log: o.log ?? (() => undefined),
      storage: o.storage,
    });
  }

  get locale(): string {
    return this.conversation.locale;
  }

  get userId(): string {
    return this.conversation.userId;
  }

  get sessionOpen(): boolean {
    return this.open;
  }

  /** Another Echo of the same user: same store and user id, its own sessions. */
  another(): Device {
    return new Device({
      ...this.options,
      locale: this.locale,
      store: this.store,
      now: this.now,
      userId: this.userId,
    });
  }

  advanceClock(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  /** Says an utterance; outside a session it is a one-shot, as "Alexa, ask back stretch coach to ...". */
  async say(text: string): Promise<Turn> {
    // Alexa is asking its consent question: the words answer Alexa, not the skill.
    if (this.consentToken !== undefined) {
      const said = text.trim().toLowerCase();
      const answer: ConsentAnswer = /^(yes|yeah|i approve|allow|ja|sí|si)(?![\p{L}])/u.test(said)
        ? 'ACCEPTED'
        : /^(no|nope|deny|nein)(?![\p{L}])/u.test(said)
          ? 'DENIED'
          : 'NOT_ANSWERED';
      return this.answerConsent(answer, text);
    }
    const match = matcherFor(this.locale).match(text);
    if (!this.open) this.conversation = nextSession(this.conversation);
    const c = { ...this.conversation, timestamp: this.now.toISOString() };
    const envelope =
      match.intent === 'LaunchRequest'
        ? launchRequest(c)
        : intentRequest(c, match.intent, match.slots);
    const response = await this.send(envelope);
    this.last = { said: text, match, response };
    return this.last;
  }

  /**
   * Alexa's consent question was answered (or not): the grant is remembered for later
   * requests, and the skill gets the Connections.Response in the same session.
   */
  async answerConsent(answer: ConsentAnswer, said: string = answer): Promise<Turn> {
    const token = this.consentToken;
    this.consentToken = undefined;
    if (this.voiceConsent && answer !== 'NOT_ANSWERED') {
      const status = answer === 'ACCEPTED' ? 'GRANTED' : 'DENIED';
      this.conversation = {
        ...this.conversation,
        permissions: { ...this.conversation.permissions, [RemindersScope]: status },
      };
    }
    const c = { ...this.conversation, timestamp: this.now.toISOString() };
    const envelope = connectionsResponse(c, {
      name: 'AskFor',
      token,
      code: this.voiceConsent ? '200' : '400',
      ...(this.voiceConsent
        ? { payload: { permissionScope: RemindersScope, status: answer } }
        : {}),
    });
    const response = await this.send(envelope);
    this.last = { said, response };
    return this.last;
  }

  /** A Reminders API event from Alexa (the user deleted the reminder in the app...). */
  async reminderEvent(type: string, body: Record<string, unknown>): Promise<ResponseEnvelope> {
    return this.skill.invoke(
      reminderEventRequest({ ...this.conversation, timestamp: this.now.toISOString() }, type, body),
    );
  }

  /** Sends an intent directly (for request shapes no utterance produces). */
  async intent(name: string, slots: Parameters<typeof intentRequest>[2] = {}): Promise<Turn> {
    if (!this.open) this.conversation = nextSession(this.conversation);
    const c = { ...this.conversation, timestamp: this.now.toISOString() };
    const response = await this.send(intentRequest(c, name, slots));
    this.last = { said: name, response };
    return this.last;
  }

  /** Touches a target on the screen (a device with a screen): sends its APL UserEvent. */
  async touch(event: string): Promise<Turn> {
    if (!this.open) this.conversation = nextSession(this.conversation);
    const c = { ...this.conversation, timestamp: this.now.toISOString() };
    const response = await this.send(userEventRequest(c, [event]));
    this.last = { said: `(touch ${event})`, response };
    return this.last;
  }

  /** The session ends (the user stayed silent through the reprompt, or said exit). */
  async endSession(
    reason: EndReason = 'EXCEEDED_MAX_REPROMPTS',
  ): Promise<ResponseEnvelope | undefined> {
    if (!this.open) return undefined;
    const response = await this.send(
      sessionEndedRequest({ ...this.conversation, timestamp: this.now.toISOString() }, reason),
    );
    this.open = false;
    return response;
  }

  async skillEvent(
    type: 'AlexaSkillEvent.SkillDisabled' | 'AlexaSkillEvent.SkillEnabled',
  ): Promise<ResponseEnvelope> {
    return this.skill.invoke(
      skillEventRequest({ ...this.conversation, timestamp: this.now.toISOString() }, type),
    );
  }

  private async send(envelope: Parameters<typeof this.skill.invoke>[0]): Promise<ResponseEnvelope> {
    const response = await this.skill.invoke(envelope);
    await assertValidResponse(response, this.locale);
    this.conversation = {
      ...this.conversation,
      attributes: response.sessionAttributes ?? {},
      isNew: false,
    };
    this.open = response.response.shouldEndSession === false;
    const askFor = response.response.directives?.find(
      (d) => d.type === 'Connections.SendRequest' && d.name === 'AskFor',
    );
    if (askFor?.type === 'Connections.SendRequest') this.consentToken = askFor.token ?? '';
    return response;
  }
}
