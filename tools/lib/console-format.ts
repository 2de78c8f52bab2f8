/**
 * How the console shows one exchange: what was heard (intent and slots, or that nothing
 * matched), what Alexa says as readable text, the reprompt, the mic, card and screen text, and
 * how long the answer speaks.
 */
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import type { SlotInput } from './envelopes';
import { FallbackIntentName, LaunchRequestName, type MatchResult } from './nlu';
import { screenLines, spokenSsml } from './screen-speech';
import { ssmlToText } from './ssml-text';

const Indent = '   ';

function slotText(name: string, slot: SlotInput): string {
  if (!slot.type) return `${name}=${slot.value}`;
  return slot.id ? `${name}=${slot.id} ("${slot.value}")` : `${name}=? ("${slot.value}", no match)`;
}

/** "heard: StartRoutineIntent routine=morning ("morning")", or why the fallback was sent. */
export function describeMatch(match: MatchResult, newSession = false): string {
  const how = match.invocation === 'one-shot' || newSession ? ' (one-shot, new session)' : '';
  if (match.intent === LaunchRequestName) return `${Indent}heard: LaunchRequest`;
  if (match.intent === FallbackIntentName && !match.sample) {
    return `${Indent}heard: no sample matched: sent ${FallbackIntentName}${how}`;
  }
  const slots = Object.entries(match.slots).map(([name, slot]) => slotText(name, slot));
  return `${Indent}heard: ${[match.intent, ...slots].join(' ')}${how}`;
}

export function speechText(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text;
}

function cardText(card: ui.Card | undefined): string | undefined {
  if (!card) return undefined;
  if (card.type === 'Simple') return [card.title, card.content].filter(Boolean).join(': ');
  if (card.type === 'Standard') return [card.title, card.text].filter(Boolean).join(': ');
  return card.type;
}

/** The lines after "U: ...": answer, reprompt, mic, card, screen, duration. */
export function describeResponse(
  envelope: ResponseEnvelope,
  estimate: (ssml: string) => number,
  screen: boolean,
): string[] {
  const { reprompt, shouldEndSession, card, directives } = envelope.response;
  // An Echo Show speaks a playing part from the document, in step with the screen.
  const ssml = spokenSsml(envelope.response);
  const lines = [`A: ${ssml ? ssmlToText(ssml) : '(says nothing)'}`];
  const again = speechText(reprompt?.outputSpeech);
  if (again) lines.push(`${Indent}reprompt: ${again}`);
  const seconds = ssml ? ` · about ${Math.round(estimate(ssml))}s spoken` : '';
  const handedOver = directives?.some((d) => d.type === 'Connections.SendRequest');
  const mic = handedOver
    ? "Alexa's consent question next (Connections.SendRequest)"
    : micState(shouldEndSession, screen);
  lines.push(`${Indent}${mic}${seconds}`);
  const cardLine = cardText(card);
  if (cardLine) lines.push(`${Indent}card: ${cardLine}`);
  for (const line of screen ? screenLines(directives) : []) lines.push(`${Indent}screen: ${line}`);
  return lines;
}

function micState(shouldEndSession: boolean | undefined, screen: boolean): string {
  if (shouldEndSession === false) return 'mic open';
  if (shouldEndSession === undefined && screen) return 'mic closed, session stays open (screen)';
  return 'session ended';
}

/** Whether the session is still open after this response, as a device would keep it. */
export function sessionStaysOpen(envelope: ResponseEnvelope, screen: boolean): boolean {
  const end = envelope.response.shouldEndSession;
  return end === false || (end === undefined && screen);
}
