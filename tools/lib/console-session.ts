/**
 * The console's device: turns what was typed into the request a real Echo would send, carries
 * the session as Alexa does, and writes each exchange. Silence, quitting and skill events
 * follow the device's rules (see ALEXA-PLATFORM.md, "Time").
 */
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { describeMatch, describeResponse, sessionStaysOpen, speechText } from './console-format';
import type { Speaker } from './console-speak';
import {
  connectionsResponse,
  intentRequest,
  launchRequest,
  nextSession,
  sessionEndedRequest,
  skillEventRequest,
  type Conversation,
  type EndReason,
} from './envelopes';
import { LaunchRequestName, type Matcher } from './nlu';

export interface ConsoleSessionOptions {
  skill: Skill;
  matcher: Matcher;
  conversation: Conversation;
  /** Writes one line of output. */
  out: (line: string) => void;
  /** Estimated seconds an SSML answer speaks. */
  estimate: (ssml: string) => number;
  speak?: Speaker;
  /** Told when the user answers Alexa's reminders consent question (the console keeps it). */
  onConsent?: (status: 'GRANTED' | 'DENIED') => void;
}

const RemindersScope = 'alexa::alerts:reminders:skill:readwrite';
type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

export class ConsoleSession {
  private conversation: Conversation;
  private open = false;
  private silences = 0;
  private lastReprompt?: string;
  /** Alexa is asking its reminders consent question; the token goes back with the answer. */
  private consentToken?: string;

  constructor(private readonly o: ConsoleSessionOptions) {
    this.conversation = o.conversation;
  }

  get sessionOpen(): boolean {
    return this.open;
  }

  /** Something the user said. Outside a session it arrives as a one-shot, in a new session. */
  async say(text: string): Promise<void> {
    this.silences = 0;
    if (this.consentToken !== undefined) {
      const said = text.trim().toLowerCase();
      const answer = /^(yes|yeah|i approve|allow|ja|sí|si)(?![\p{L}])/u.test(said)
        ? 'ACCEPTED'
        : /^(no|nope|deny|nein)(?![\p{L}])/u.test(said)
          ? 'DENIED'
          : 'NOT_ANSWERED';
      return this.answerConsent(answer);
    }
    const match = this.o.matcher.match(text);
    const launch = match.intent === LaunchRequestName;
    // "Alexa, open ..." always starts afresh; anything else continues an open session.
    const fresh = launch || !this.open;
    if (fresh) this.conversation = nextSession(this.conversation);
    this.o.out(describeMatch(match, fresh && !launch));
    const envelope = launch
      ? launchRequest(this.conversation)
      : intentRequest(this.conversation, match.intent, match.slots);
    await this.exchange(envelope);
  }

  /** The user said nothing: the device repeats the reprompt once, then closes the session. */
  async silence(): Promise<void> {
    if (this.consentToken !== undefined) return this.answerConsent('NOT_ANSWERED');
    if (!this.open) {
      this.o.out('   (silence; no session is open)');
      return;
    }
    this.silences += 1;
    if (this.silences === 1 && this.lastReprompt) {
      this.o.out(`A (reprompt): ${this.lastReprompt}`);
      return;
    }
    await this.end('EXCEEDED_MAX_REPROMPTS');
  }

  /** Ends an open session the way a device does ("exit", Ctrl-C, or silence). */
  async end(reason: EndReason = 'USER_INITIATED'): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.o.out(`   (session ended: ${reason})`);
    const response = await this.send(sessionEndedRequest(this.conversation, reason));
    // Alexa drops any speech here; a skill that produces some has a bug worth seeing.
    if (response?.response.outputSpeech) {
      this.o.out('   warning: the skill answered a SessionEndedRequest with speech');
    }
  }

  async skillEvent(type: 'AlexaSkillEvent.SkillDisabled' | 'AlexaSkillEvent.SkillEnabled') {
    await this.end();
    this.o.out(`   (skill event: ${type})`);
    await this.send(skillEventRequest(this.conversation, type));
  }

  /**
   * The user's answer to Alexa's own consent question, sent back to the skill as the
   * Connections.Response Alexa sends, in the same session.
   */
  private async answerConsent(answer: ConsentAnswer): Promise<void> {
    const token = this.consentToken;
    this.consentToken = undefined;
    this.o.out(`   (Alexa's consent question answered: ${answer})`);
    if (answer !== 'NOT_ANSWERED') {
      const status = answer === 'ACCEPTED' ? 'GRANTED' : 'DENIED';
      const permissions = { ...this.conversation.permissions, [RemindersScope]: status } as const;
      this.conversation = { ...this.conversation, permissions };
      this.o.onConsent?.(status);
    }
    const payload = { permissionScope: RemindersScope, status: answer };
    await this.exchange(
      connectionsResponse(this.conversation, { name: 'AskFor', token, code: '200', payload }),
    );
  }

  private async exchange(envelope: RequestEnvelope): Promise<void> {
    const response = await this.send(envelope);
    if (!response) {
      this.open = false;
      return;
    }
    const screen = this.conversation.screen;
    for (const line of describeResponse(response, this.o.estimate, screen)) this.o.out(line);
    const { outputSpeech, reprompt, directives } = response.response;
    const askFor = directives?.find(
      (d) => d.type === 'Connections.SendRequest' && d.name === 'AskFor',
    );
    if (askFor?.type === 'Connections.SendRequest') {
      this.consentToken = askFor.token ?? '';
      this.o.out(
        '   Alexa asks: Do you allow Back Stretch Coach to create and edit reminders? (yes/no on the next line; an empty line leaves it unanswered)',
      );
    }
    this.lastReprompt = speechText(reprompt?.outputSpeech);
    // Alexa's consent question keeps the session for the skill's Connections.Response.
    this.open = sessionStaysOpen(response, screen) || this.consentToken !== undefined;
    this.conversation = {
      ...this.conversation,
      attributes: response.sessionAttributes ?? {},
      isNew: false,
    };
    if (this.o.speak && outputSpeech?.type === 'SSML') {
      const note = this.o.speak(outputSpeech.ssml);
      if (note) this.o.out(`   ${note}`);
    }
  }

  /** Invokes the skill; a failure is shown, never thrown, so the console keeps going. */
  private async send(envelope: RequestEnvelope): Promise<ResponseEnvelope | undefined> {
    try {
      return await this.o.skill.invoke(envelope);
    } catch (error) {
      this.o.out(`   the skill failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
