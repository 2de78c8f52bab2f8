/**
 * A reminder turn's answer: the acts as speech, then how the answer ends. Alexa's consent
 * question takes over when the permission is missing; otherwise the user hears what to do
 * next in the dialog they were in (a routine under way, an offer, or nothing).
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { TFunction } from 'i18next';
import { Speech } from '../render/speech';
import { contextOf } from '../routine/replies';
import { isUnderWay, type DialogState } from '../routine/state';
import { CardActs } from './acts';
import { askForConsent, RemindersScope } from './consent';
import type { ReminderOutcome } from './flow';
import { speakAct } from './speak';

export interface RespondContext {
  t: TFunction;
  locale: string;
  dialog: DialogState;
  routineName(id: string | undefined): string;
}

export function respond(input: HandlerInput, o: ReminderOutcome, c: RespondContext): Response {
  const { t } = c;
  const speech = new Speech();
  let reprompt: string | undefined;
  for (const act of o.acts) {
    const spoken = speakAct(t, c.locale, act, c.routineName);
    speech.say(spoken.say);
    reprompt = spoken.reprompt ?? reprompt;
  }
  const builder = input.responseBuilder;
  const needsCard = o.acts.some(
    (a) => CardActs.has(a.type) || (a.type === 'failed' && a.failure === 'permission'),
  );
  if (needsCard) builder.withAskForPermissionsConsentCard([RemindersScope]);
  if (o.consent) {
    // Alexa asks next and answers with Connections.Response: no reprompt, mic not ours.
    return builder.speak(speech.toString()).addDirective(askForConsent(o.consent)).getResponse();
  }
  if (!reprompt) reprompt = closing(input, speech, c);
  if (!reprompt) return builder.speak(speech.toString()).withShouldEndSession(true).getResponse();
  return builder
    .speak(speech.toString())
    .reprompt(new Speech().say(reprompt).toString())
    .withShouldEndSession(false)
    .getResponse();
}

/** What to do next; undefined closes the session (after a finished routine). */
function closing(input: HandlerInput, speech: Speech, c: RespondContext): string | undefined {
  const { t, dialog } = c;
  if (isUnderWay(dialog)) {
    const line = t(`continue.${contextOf(dialog)}`);
    speech.say(line);
    return line;
  }
  if (dialog.pending?.kind === 'offer-start') {
    const name = c.routineName(dialog.pending.activity.id);
    speech.say(t('offer.suggest.prompt', { name }));
    return t('offer.suggest.reprompt', { name });
  }
  // Out of session (no attributes to carry) or after a routine, the answer is the last word.
  if (dialog.phase === 'finished' || !input.requestEnvelope.session) return undefined;
  speech.say(t('reminder.more.prompt'));
  return t('reminder.more.reprompt');
}
