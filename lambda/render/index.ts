/**
 * Acts to an Alexa response: speech, reprompt, whether the mic stays open, and a card.
 * The only place that decides how an answer ends.
 */
import type { Response } from 'ask-sdk-model';
import type { Outcome } from '../routine/context';
import type { RenderContext } from './context';
import { renderAct } from './render-act';
import { exerciseScreen, supportsScreen } from './screen';
import { Speech } from './speech';

const CardActs: ReadonlySet<string> = new Set([
  'done',
  'describe',
  'list-routines',
  'progress',
  'today-plan',
]);

export type { RenderContext } from './context';

export function render(outcome: Outcome, c: RenderContext): Response {
  const speech = new Speech();
  let reprompt: string | undefined;
  if (c.tellUnsaved) speech.say(c.t('unsaved'));
  if (c.saveLost) speech.say(c.t('saveLost'));
  const rc: RenderContext = { ...c, closing: outcome.end };
  for (const act of outcome.acts) {
    const r = renderAct(act, speech, rc);
    if (r.reprompt) reprompt = r.reprompt;
  }
  const builder = c.input.responseBuilder.speak(speech.toString());
  // Summaries and descriptions are worth keeping in the Alexa app.
  if (outcome.acts.some((a) => CardActs.has(a.type)))
    builder.withSimpleCard(c.t('card.title'), speech.text);
  const played = outcome.acts.find((a) => a.type === 'play');
  if (played?.type === 'play' && supportsScreen(c.input)) {
    const screen = exerciseScreen(c, played.activity, played.position);
    if (screen) builder.addDirective(screen);
  }
  if (outcome.end) return builder.withShouldEndSession(true).getResponse();
  // Every open answer ends on a question or an instruction, and has a reprompt.
  const fallback = c.t('help.reprompt');
  const repromptSpeech = new Speech().say(reprompt ?? fallback).toString();
  return builder.reprompt(repromptSpeech).withShouldEndSession(false).getResponse();
}
