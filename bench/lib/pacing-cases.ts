/**
 * The paced cases of the narration issue, on the real content, planned with the espeak-ng
 * profile: a 30 s hold, a 20 s hold on both sides, one minute of 4-6 breathing, and every
 * chunk of the bedside morning routine as the skill would say it.
 */
import { getExercise, getRoutine } from '../../lambda/content';
import { translatorFor } from '../../lambda/i18n';
import {
  DefaultPreferences,
  narrateExercise,
  narrateRoutine,
  type Chunk,
  type NarrationOptions,
} from '../../lambda/narration';

export interface PacingCase {
  name: string;
  chunk: Chunk;
}

const t = translatorFor('en-US');
export const options: NarrationOptions = {
  prefs: DefaultPreferences,
  locale: 'en-US',
  voice: 'espeak',
  phrases: (key, vars) => t(key, { ns: 'narration', ...vars }),
};

function exercise(id: string, overrides: NarrationOptions['overrides']): Chunk[] {
  const found = getExercise(id);
  if (!found) throw new Error(`pacing case: no exercise "${id}" in content/`);
  return narrateExercise(found, { ...options, overrides, includeSetup: false });
}

export function pacingCases(): PacingCase[] {
  const single = (name: string, chunks: Chunk[]) =>
    chunks.map((chunk) => ({
      name: chunks.length > 1 ? `${name} ${chunk.index + 1}` : name,
      chunk,
    }));
  const routine = getRoutine('bedside-morning');
  if (!routine) throw new Error('pacing case: no routine "bedside-morning" in content/');
  const steps = narrateRoutine(routine, getExercise, options).steps;
  return [
    ...single('30 s hold', exercise('doorway-chest-stretch', { reps: 1, holdSeconds: 30 })),
    ...single(
      '20 s hold, both sides',
      exercise('lying-twist-arms-out', { reps: 1, holdSeconds: 20 }),
    ),
    ...single('1 min of 4-6 breathing', exercise('breathing-in-bed', { breathingMinutes: 1 })),
    ...steps.flatMap((s) =>
      s.chunks.map((chunk) => ({
        name: `bedside-morning ${s.stepIndex + 1}.${chunk.index + 1} ${chunk.exerciseId}`,
        chunk,
      })),
    ),
  ];
}
