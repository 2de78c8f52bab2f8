import type { ErrorHandler } from 'ask-sdk-core';
import { getLocale, getRequestType } from 'ask-sdk-core';
import { translatorFor } from '../i18n';
import { Speech } from '../render/speech';
import type { Logger } from '../interceptors/logging';

/**
 * Whatever went wrong, the user hears a short apology and the session stays open, so the next
 * thing they say still works. Never speaks in answer to SessionEndedRequest.
 */
export const errorHandler = (log: Logger): ErrorHandler => ({
  canHandle: () => true,
  handle: (input, error) => {
    log({
      event: 'error',
      name: error.name,
      message: error.message,
      stack: error.stack?.split('\n').slice(0, 4).join(' | '),
    });
    if (getRequestType(input.requestEnvelope) === 'SessionEndedRequest')
      return input.responseBuilder.getResponse();
    let locale: string | undefined;
    try {
      locale = getLocale(input.requestEnvelope);
    } catch {
      locale = undefined;
    }
    const t = translatorFor(locale);
    return input.responseBuilder
      .speak(new Speech().say(t('error.prompt')).toString())
      .reprompt(new Speech().say(t('error.reprompt')).toString())
      .withShouldEndSession(false)
      .getResponse();
  },
});
