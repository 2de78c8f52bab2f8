/**
 * Where an answer's speech is: its outputSpeech, or, when an Echo Show speaks it in step with
 * the screen, the APL document's narration (before the part, the part, after it).
 */
import type { Directive, Response } from 'ask-sdk-model';

interface Narration {
  properties?: Record<string, string>;
}

/** The SSML documents the screen speaks, in order (each wrapped in <speak>). */
export function screenSsml(directives: readonly Directive[] | undefined): string[] {
  const apl = directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    { datasources?: { narration?: Narration } } | undefined;
  const p = apl?.datasources?.narration?.properties ?? {};
  return [p.before, p.chunk, p.after].filter((s): s is string => !!s);
}

/** The whole spoken SSML of a response, from outputSpeech or else from the screen. */
export function spokenSsml(response: Response): string | undefined {
  const speech = response.outputSpeech;
  if (speech?.type === 'SSML') return speech.ssml;
  const parts = screenSsml(response.directives);
  if (!parts.length) return undefined;
  return `<speak>${parts.map((s) => s.replace(/^<speak>|<\/speak>$/g, '')).join(' ')}</speak>`;
}
