/**
 * The console's device: turns what was typed into the request a real Echo would send, carries
 * the session as Alexa does, and writes each exchange. Silence, quitting and skill events
 * follow the device's rules (see ALEXA-PLATFORM.md, "Time").
 */
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { describeMatch, describeResponse, sessionStaysOpen, speechText } from './console-format';
import type { ConsolePlayer } from './console-player';
import type { Speaker } from './console-speak';
import {
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
  /** The device's audio player (hands-free); requests carry its state. */
  player?: ConsolePlayer;
}

export class ConsoleSession {
  private conversation: Conversation;
  private open = false;
  private silences = 0;
  private lastReprompt?: string;

  constructor(private readonly o: ConsoleSessionOptions) {
    this.conversation = o.conversation;
  }

  get sessionOpen(): boolean {
    return this.open;
  }

  /** The conversation as it stands (user, device, locale, session). */
  get current(): Conversation {
    return this.conversation;
  }

  /** The conversation as the next request reports it, with the player's state. */
  private context(): Conversation {
    return this.o.player ? this.o.player.context() : this.conversation;
  }

  /** Something the user said. Outside a session it arrives as a one-shot, in a new session. */
  async say(text: string): Promise<void> {
    this.silences = 0;
    const match = this.o.matcher.match(text);
    const launch = match.intent === LaunchRequestName;
    // "Alexa, open ..." always starts afresh; anything else continues an open session.
    const fresh = launch || !this.open;
    if (fresh) this.conversation = nextSession(this.conversation);
    this.o.out(describeMatch(match, fresh && !launch));
    const envelope = launch
      ? launchRequest(this.context())
      : intentRequest(this.context(), match.intent, match.slots);
    await this.exchange(envelope);
  }

  /** The user said nothing: the device repeats the reprompt once, then closes the session. */
  async silence(): Promise<void> {
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

  private async exchange(envelope: RequestEnvelope): Promise<void> {
    const response = await this.send(envelope);
    if (!response) {
      this.open = false;
      return;
    }
    const screen = this.conversation.screen;
    for (const line of describeResponse(response, this.o.estimate, screen)) this.o.out(line);
    const { outputSpeech, reprompt } = response.response;
    this.lastReprompt = speechText(reprompt?.outputSpeech);
    this.open = sessionStaysOpen(response, screen);
    this.conversation = {
      ...this.conversation,
      attributes: response.sessionAttributes ?? {},
      isNew: false,
    };
    if (this.o.speak && outputSpeech?.type === 'SSML') {
      const note = this.o.speak(outputSpeech.ssml);
      if (note) this.o.out(`   ${note}`);
    }
    await this.o.player?.sim.apply(response);
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
