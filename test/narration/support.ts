/** Shared helpers for the narration tests: the real English phrases, options, timeline probes. */
import de from '../../lambda/i18n/de/narration.json';
import en from '../../lambda/i18n/en/narration.json';
import es from '../../lambda/i18n/es/narration.json';
import {
  DefaultPreferences,
  phrasebookFrom,
  type NarrationOptions,
  type Phrasebook,
  type Preferences,
  type Segment,
  type Voice,
} from '../../lambda/narration';

export const phrases = phrasebookFrom(en);

const books: Record<string, Phrasebook> = {
  de: phrasebookFrom(de),
  es: phrasebookFrom(es),
};

/** The locale's own phrases, falling back to English per key as i18next does in the skill. */
export function phrasesFor(locale: string): Phrasebook {
  const own = books[locale.slice(0, 2)];
  if (!own) return phrases;
  return (key, vars) => {
    try {
      return own(key, vars);
    } catch {
      return phrases(key, vars);
    }
  };
}

export function options(
  prefs: Partial<Preferences> = {},
  more: Partial<NarrationOptions> & { voice?: Voice } = {},
): NarrationOptions {
  return {
    prefs: { ...DefaultPreferences, ...prefs },
    locale: 'en-US',
    voice: 'alexa',
    phrases,
    ...more,
  };
}

/** Start time of every segment. */
export function starts(timeline: readonly Segment[]): number[] {
  let t = 0;
  return timeline.map((s) => {
    const at = t;
    t += s.seconds;
    return at;
  });
}

/** Seconds from the end of each hold cue to the start of the next "release". */
export function holdWindows(timeline: readonly Segment[]): number[] {
  const release = phrases('cue.release');
  const isHold = (s: Segment) =>
    s.kind === 'speech' && (s.text.endsWith(phrases('cue.hold')) || s.text.includes('Hold for'));
  const windows: number[] = [];
  timeline.forEach((s, i) => {
    if (!isHold(s)) return;
    const end = timeline.findIndex(
      (x, j) => j > i && x.kind === 'speech' && x.text.startsWith(release),
    );
    windows.push(timeline.slice(i + 1, end).reduce((sum, x) => sum + x.seconds, 0));
  });
  return windows;
}

export function spoken(timeline: readonly Segment[]): string[] {
  return timeline.flatMap((s) => (s.kind === 'speech' ? [s.text] : []));
}

/** SSML problems ssml-check-core does not look for: long breaks, breaks side by side. */
export function breakProblems(ssml: string): string[] {
  const problems: string[] = [];
  for (const m of ssml.matchAll(/<break time="(\d+)ms"\/>/g)) {
    if (Number(m[1]) > 10000) problems.push(`break of ${m[1]} ms`);
  }
  const onlyBreaks = ssml.replace(/<(?!break)[^>]*>/g, '');
  if (/<break[^>]*\/>\s*<break/.test(onlyBreaks)) problems.push('two breaks side by side');
  if (/^\s*<break/.test(onlyBreaks)) problems.push('starts with a break');
  return problems;
}
