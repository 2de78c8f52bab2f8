/** What the user would hear, as text: for assertions and readable failure messages. */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { ssmlToText } from '../../tools/lib/ssml-text';
import { spokenSsml } from '../../tools/lib/screen-speech';

export function speechText(r: ResponseEnvelope): string {
  const ssml = spokenSsml(r.response);
  return ssml ? ssmlToText(ssml) : '';
}

export function repromptText(r: ResponseEnvelope): string {
  const speech = r.response.reprompt?.outputSpeech;
  return speech && speech.type === 'SSML' ? ssmlToText(speech.ssml) : '';
}
