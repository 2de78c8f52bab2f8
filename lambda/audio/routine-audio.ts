/**
 * An activity as hands-free audio: its parts (planned with the user's preferences, exactly as
 * turn mode plans them) and, per part, the job that renders it.
 */
import { getExercise, getRoutine } from '../content';
import { contextFor } from '../narration/exercise';
import { narrateExercise, narrateRoutine } from '../narration';
import { PaceStyles, quietStyleFor } from '../narration/style';
import type { Phrasebook, PhraseLengths, Preferences, Voice } from '../narration/types';
import type { Activity } from '../routine/state';
import type { PhraseStyle } from './engine';
import type { PartJob } from './library';
import { audioParts, type AudioPart, type AudioStyle, type PartSource } from './parts';

export interface AudioPlanOptions {
  prefs: Preferences;
  locale: string;
  /** Rate profile for the first estimate; measured lengths replace it when rendering. */
  voice: Voice;
  phrases: Phrasebook;
  /** Sessions finished per exercise: the same cautions and figures as turn mode. */
  sessions?: Readonly<Record<string, number>>;
  /** Sentences said after the last exercise (the routine is done). */
  closing: readonly string[];
  /** The engine's voice for a style, part of every key. */
  voiceFor(style: PhraseStyle): string;
}

export interface AudioPlan {
  activity: Activity;
  parts: AudioPart[];
  style: PhraseStyle;
  /** The job that renders part `index`. */
  job(index: number): PartJob;
}

function sources(activity: Activity, o: AudioPlanOptions, lengths?: PhraseLengths) {
  const options = { ...o, ...(lengths ? { lengths } : {}) };
  if (activity.kind === 'routine') {
    const routine = getRoutine(activity.id);
    return routine && narrateRoutine(routine, getExercise, options).steps;
  }
  const exercise = getExercise(activity.id);
  if (!exercise) return undefined;
  const chunks = narrateExercise(exercise, { ...options, includeSetup: true });
  return [{ stepIndex: 0, exerciseId: exercise.id, chunks }];
}

function partsOf(
  activity: Activity,
  o: AudioPlanOptions,
  style: AudioStyle,
  lengths?: PhraseLengths,
): AudioPart[] | undefined {
  const steps: PartSource[] | undefined = sources(activity, o, lengths);
  if (!steps) return undefined;
  const ctx = contextFor({ ...o, ...(lengths ? { lengths } : {}) });
  return audioParts(ctx, steps, o.closing, style);
}

export function audioPlan(activity: Activity, o: AudioPlanOptions): AudioPlan | undefined {
  const phraseStyle: PhraseStyle = {
    locale: o.locale,
    rate: (PaceStyles[o.prefs.pace] ?? PaceStyles.normal).rate,
    ...(o.prefs.quiet ? { quiet: quietStyleFor(o.locale) } : {}),
  };
  const style: AudioStyle = { ...phraseStyle, voice: o.voiceFor(phraseStyle) };
  const parts = partsOf(activity, o, style);
  if (!parts || parts.length === 0) return undefined;
  return {
    activity,
    parts,
    style: phraseStyle,
    job: (index) => ({
      key: parts[index].key,
      style: phraseStyle,
      ...(index === parts.length - 1 ? { closing: o.closing } : {}),
      plan: (lengths) => {
        const measured = partsOf(activity, o, style, lengths)?.[index];
        if (!measured) throw new Error(`hands-free: part ${index} of ${activity.id} is gone`);
        return measured.segments;
      },
    }),
  };
}
