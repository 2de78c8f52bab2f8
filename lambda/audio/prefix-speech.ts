/**
 * Puts a sentence before a finished answer's speech. Used where hands-free falls back to turn
 * mode: the turn decides and renders as always, and the user first hears why (no audio player,
 * or the audio failed), so turn mode needs no hands-free vocabulary of its own.
 */
import { escapeXmlCharacters } from '../ask-sdk';
import type { Response, ui } from 'ask-sdk-model';

export function prefixSpeech(response: Response, sentence: string): Response {
  const speech = response.outputSpeech as ui.SsmlOutputSpeech | undefined;
  const body = speech?.ssml?.replace(/^<speak>|<\/speak>$/g, '') ?? '';
  return {
    ...response,
    outputSpeech: {
      type: 'SSML',
      ssml: `<speak>${escapeXmlCharacters(sentence)} ${body}</speak>`,
    },
  };
}
