/**
 * Acts to an Alexa response: speech, reprompt, whether the mic stays open, and a card.
 * The only place that decides how an answer ends.
 */
import type { Response } from 'ask-sdk-model';
import type { Outcome } from '../routine/context';
import type { RenderContext } from './context';
import { renderAct } from './render-act';
import { screenDirectives, supportsScreen } from './screen';
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
  // The speech before the part that plays, the part, and after it: a screen starts with the part.
  const before = new Speech();
  const chunk = new Speech();
  const after = new Speech();
  let current = before;
  let reprompt: string | undefined;
  if (c.tellUnsaved) before.say(c.t('unsaved'));
  if (c.saveLost) before.say(c.t('saveLost'));
  const rc: RenderContext = { ...c, closing: outcome.end };
  for (const act of outcome.acts) {
    const r = renderAct(act, act.type === 'play' ? chunk : current, rc);
    if (act.type === 'play') current = after;
    if (r.reprompt) reprompt = r.reprompt;
  }
  const whole = [before, chunk, after].map(String).filter(Boolean).join(' ');
  const builder = c.input.responseBuilder;
  const directives = supportsScreen(c.input)
    ? screenDirectives(outcome, c, {
        before: before.toString(),
        chunk: chunk.toString(),
        after: after.toString(),
      })
    : [];
  // With the part's speech in the document, the device speaks it there, in step with the screen.
  const spokenByScreen = directives.some(
    (d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands',
  );
  if (!spokenByScreen) builder.speak(whole);
  for (const d of directives) builder.addDirective(d);
  // Summaries and descriptions are worth keeping in the Alexa app.
  if (outcome.acts.some((a) => CardActs.has(a.type)))
    builder.withSimpleCard(
      c.t('card.title'),
      [before, after]
        .map((s) => s.text)
        .filter(Boolean)
        .join(' '),
    );
  if (outcome.end) return builder.withShouldEndSession(true).getResponse();
  // Every open answer ends on a question or an instruction, and has a reprompt.
  const fallback = c.t('help.reprompt');
  const repromptSpeech = new Speech().say(reprompt ?? fallback).toString();
  return builder.reprompt(repromptSpeech).withShouldEndSession(false).getResponse();
}
