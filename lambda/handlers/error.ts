import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { getRequestType } from '../ask-sdk';
import type { Response } from 'ask-sdk-model';
import { supportedLocale, translatorFor } from '../i18n';
import { Speech } from '../render/speech';
import type { Logger } from '../interceptors/logging';

/**
 * Whatever went wrong, the user hears a short apology and the session stays open, so the next
 * thing they say still works. Never speaks in answer to SessionEndedRequest.
 *
 * This handler must not throw itself: it runs on requests that already broke something, so
 * it reads the envelope defensively and, if even the apology fails, answers with silence.
 */
export const errorHandler = (log: Logger): ErrorHandler => ({
  canHandle: () => true,
  handle: (input, error) => {
    try {
      const e = error as Partial<Error> | undefined;
      log({
        event: 'error',
        name: String(e?.name ?? typeof error).slice(0, 100),
        message: String(e?.message ?? '').slice(0, 300),
        stack: String(e?.stack ?? '')
          .split('\n')
          .slice(0, 4)
          .join(' | ')
          .slice(0, 600),
      });
    } catch {
      // A failing log sink must not cost the user the apology.
    }
    try {
      return apology(input);
    } catch {
      return input.responseBuilder.getResponse();
    }
  },
});

function apology(input: HandlerInput): Response {
  let type: string | undefined;
  try {
    type = getRequestType(input.requestEnvelope);
  } catch {
    type = undefined;
  }
  if (type === 'SessionEndedRequest') return input.responseBuilder.getResponse();
  const t = translatorFor(supportedLocale(input.requestEnvelope?.request?.locale));
  return input.responseBuilder
    .speak(new Speech().say(t('error.prompt')).toString())
    .reprompt(new Speech().say(t('error.reprompt')).toString())
    .withShouldEndSession(false)
    .getResponse();
}
