/**
 * What the espeak-ng profile is fitted and checked on: the real narration, not made-up phrases.
 * Every routine, and every exercise on its own (with its setup), planned with the espeak profile
 * in each language, with default and flare-day preferences, so the content's own setup,
 * movement, breathing and gentle sentences and the narration's counts and cues are measured in
 * the places the narration says them (see calibrate-espeak.ts and check-espeak.ts).
 */
import { getCatalog, getExercise } from '../../lambda/content';
import type { Language } from '../../lambda/ids';
import { resources } from '../../lambda/i18n';
import {
  DefaultPreferences,
  narrateExercise,
  narrateRoutine,
  phrasebookFrom,
  type Chunk,
  type NarrationOptions,
  type Preferences,
} from '../../lambda/narration';

/** The locale espeak-ng is measured in for each language (one voice per language). */
export const CalibrationLocale: Record<Language, string> = {
  en: 'en-US',
  de: 'de-DE',
  es: 'es-ES',
};

/** One planned chunk and where it comes from, e.g. "bedside-morning#2 flare". */
export interface CorpusChunk {
  lang: Language;
  locale: string;
  name: string;
  /** True for a chunk of a routine (the accuracy target); false for an exercise on its own. */
  routine: boolean;
  chunk: Chunk;
}

/** Preference sets the corpus is planned with. */
export const Variants: Record<string, Partial<Preferences>> = {
  default: {},
  flare: { gentle: true },
  slower: { pace: 'slower' },
};

function optionsFor(lang: Language, prefs: Partial<Preferences>): NarrationOptions {
  return {
    prefs: { ...DefaultPreferences, ...prefs },
    locale: CalibrationLocale[lang],
    voice: 'espeak',
    phrases: phrasebookFrom(resources[lang].narration),
    // A new user's first run: every first-time caution is said, figures at the gentle end.
    sessions: {},
  };
}

/** The corpus in `lang` with the named preference variants. */
export function corpusChunks(lang: Language, variants: string[] = ['default']): CorpusChunk[] {
  const { routines, exercises } = getCatalog();
  const locale = CalibrationLocale[lang];
  return variants.flatMap((variant) => {
    const options = optionsFor(lang, Variants[variant]);
    const fromRoutines = [...routines.values()].flatMap((r) =>
      narrateRoutine(r, getExercise, options).steps.flatMap((s) =>
        s.chunks.map((chunk) => ({ step: s.stepIndex, chunk, id: r.id })),
      ),
    );
    const alone = [...exercises.values()].flatMap((e) =>
      narrateExercise(e, options).map((chunk) => ({ step: 0, chunk, id: e.id })),
    );
    const named = (routine: boolean) => (x: (typeof alone)[number]) => ({
      lang,
      locale,
      routine,
      name: `${x.id}#${x.step + 1}.${x.chunk.index + 1} ${variant}`,
      chunk: x.chunk,
    });
    return [...fromRoutines.map(named(true)), ...alone.map(named(false))];
  });
}
