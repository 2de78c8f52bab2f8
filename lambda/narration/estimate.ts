/**
 * estimateSsmlSeconds: the planned length of any SSML document, for showing how long a whole
 * response will speak. Breaks are summed; text is timed with the same rate profile as the
 * narration, honouring nested <prosody rate> and the phrase before each one (speech-context.ts).
 * <audio> has no known length here and counts 0.
 */
import { languageOf } from './exercise';
import { speechSeconds } from './rate-profiles';
import type { Voice } from './types';

/** Break strengths as Alexa documents them roughly (medium is a comma's pause). */
const Strengths: Record<string, number> = {
  none: 0,
  'x-weak': 0,
  weak: 0.25,
  medium: 0.5,
  strong: 0.75,
  'x-strong': 1,
};
const Named: Record<string, number> = {
  'x-slow': 0.5,
  slow: 0.75,
  medium: 1,
  fast: 1.25,
  'x-fast': 1.5,
};

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function rateOf(attrs: string): number | undefined {
  const m = /rate\s*=\s*["']([^"']+)["']/.exec(attrs);
  if (!m) return undefined;
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(m[1]);
  return pct ? Number(pct[1]) / 100 : Named[m[1]];
}

function breakSeconds(attrs: string): number {
  const time = /time\s*=\s*["'](\d+(?:\.\d+)?)(ms|s)["']/.exec(attrs);
  if (time) return Number(time[1]) / (time[2] === 'ms' ? 1000 : 1);
  const strength = /strength\s*=\s*["']([\w-]+)["']/.exec(attrs);
  return Strengths[strength?.[1] ?? 'medium'] ?? 0.5;
}

export function estimateSsmlSeconds(ssml: string, locale: string, voice: Voice): number {
  const lang = languageOf(locale);
  const rates: number[] = [1];
  let total = 0;
  let text = '';
  // The phrase said before, as the narration times each phrase after the one before it.
  let before = '';
  const flush = () => {
    const phrase = decode(text);
    total += speechSeconds(phrase, lang, voice, rates[rates.length - 1], before);
    if (phrase.trim()) before = phrase;
    text = '';
  };
  for (const m of ssml.matchAll(/<(\/?)([\w:-]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attrs, selfClosing, chars] = m;
    if (chars !== undefined) {
      text += chars;
      continue;
    }
    if (tag === 'break') {
      flush();
      total += breakSeconds(attrs);
    } else if (tag === 'prosody' && !selfClosing) {
      flush();
      if (closing) rates.pop();
      else rates.push((rateOf(attrs) ?? 1) * rates[rates.length - 1]);
    } else if (tag === 'p' || tag === 's') {
      text += ' ';
    }
  }
  flush();
  return Math.round(total * 100) / 100;
}
