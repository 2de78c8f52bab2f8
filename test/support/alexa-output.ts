/**
 * Checks every response the tests see against Alexa's rules, so no test can forget them:
 * SSML valid for Alexa (ssml-check-core), under 8000 characters, no break over 10 s,
 * no two breaks side by side.
 */
import type { Response, ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { screenSsml } from '../../tools/lib/screen-speech';

export const MaxSsmlCharacters = 8000;
export const MaxBreakSeconds = 10;

function breakSeconds(attr: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(attr.trim());
  if (!m) return Number.NaN;
  return m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
}

/** Problems with one SSML document; empty when Alexa would accept it. */
export async function ssmlProblems(ssml: string, locale = 'en-US'): Promise<string[]> {
  const problems: string[] = [];
  if (ssml.length >= MaxSsmlCharacters)
    problems.push(`SSML is ${ssml.length} characters (limit ${MaxSsmlCharacters})`);
  for (const m of ssml.matchAll(/<break\s+time="([^"]*)"\s*\/>/g)) {
    const s = breakSeconds(m[1]);
    if (!(s <= MaxBreakSeconds)) problems.push(`break of ${m[1]} (limit ${MaxBreakSeconds}s)`);
  }
  if (/<break[^>]*\/>\s*<break/.test(ssml)) problems.push('two breaks side by side');
  const errors = await check(ssml, { platform: 'amazon', locale });
  for (const e of errors ?? []) problems.push(`ssml-check: ${JSON.stringify(e)}`);
  return problems;
}

function ssmlOf(speech: Response['outputSpeech'] | undefined): string | undefined {
  return speech && speech.type === 'SSML' ? speech.ssml : undefined;
}

/** Throws with every problem found in a response's speech and reprompt. */
export async function assertValidResponse(
  envelope: ResponseEnvelope,
  locale = 'en-US',
): Promise<void> {
  const r = envelope.response;
  // Speech an Echo Show says from the document counts as speech too.
  const docs = [
    ssmlOf(r.outputSpeech),
    ssmlOf(r.reprompt?.outputSpeech),
    ...screenSsml(r.directives),
  ].filter((d): d is string => !!d);
  const problems = (await Promise.all(docs.map((d) => ssmlProblems(d, locale)))).flat();
  if (r.shouldEndSession === false && !r.reprompt)
    problems.push('the mic stays open without a reprompt');
  // Alexa's consent question follows a Connections.SendRequest: the skill must not hold the mic.
  if (
    r.directives?.some((d) => d.type === 'Connections.SendRequest') &&
    (r.reprompt || r.shouldEndSession === false)
  )
    problems.push('a Connections.SendRequest with the mic kept open');
  if (problems.length > 0)
    throw new Error(
      `Invalid Alexa response:\n- ${problems.join('\n- ')}\n${JSON.stringify(r, null, 2)}`,
    );
}
