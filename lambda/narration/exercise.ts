/** narrateExercise: an exercise, the user's preferences and a locale -> timed chunks of SSML. */
import { Languages, type Language } from '../ids';
import type { Exercise } from '../content/schema';
import { breathingUnits } from './breathing';
import { chunkUnits } from './chunking';
import { cautionsFor } from './coaching';
import { PaceStyles, quietStyleFor } from './style';
import type { NarrationContext } from './timeline';
import { effectiveTiming } from './timing';
import type { Chunk, NarrationOptions } from './types';
import { workUnits } from './work-units';

export function languageOf(locale: string): Language {
  const lang = locale.slice(0, 2).toLowerCase();
  return (Languages as readonly string[]).includes(lang) ? (lang as Language) : 'en';
}

export function contextFor(
  options: Pick<NarrationOptions, 'prefs' | 'locale' | 'voice' | 'phrases' | 'lengths'>,
): NarrationContext {
  const pace = PaceStyles[options.prefs.pace] ?? PaceStyles.normal;
  return {
    lang: languageOf(options.locale),
    voice: options.voice,
    rate: pace.rate,
    gapScale: pace.gapScale,
    phrases: options.phrases,
    ...(options.lengths ? { lengths: options.lengths } : {}),
  };
}

export function narrateExercise(exercise: Exercise, options: NarrationOptions): Chunk[] {
  const ctx = contextFor(options);
  const flare = options.prefs.gentle;
  const sessions = options.sessions && (options.sessions[exercise.id] ?? 0);
  const opts = {
    setup: options.includeSetup ?? true,
    flare,
    cautions: cautionsFor(exercise, sessions, flare),
  };
  const timing = effectiveTiming(exercise, options);
  const units =
    exercise.kind === 'breathing'
      ? breathingUnits(exercise, options, ctx, opts)
      : workUnits(exercise, timing, ctx, { ...opts, stepUp: timing.stepUp });
  const style = {
    rate: ctx.rate,
    quiet: options.prefs.quiet ? quietStyleFor(options.locale) : undefined,
  };
  return chunkUnits(exercise.id, units, ctx, style);
}
