/**
 * Every exercise and routine x {default, slower, flare, quiet, slower with 2x holds} x every
 * declared locale, with that language's phrases: each chunk passes ssml-check-core for Alexa,
 * stays within the budget (7500 characters, 150 s), has no break over 10 s and no two breaks
 * side by side.
 */
import { check } from 'ssml-check-core';
import { getCatalog, type Catalog } from '../../lambda/content';
import { Locales } from '../../lambda/ids';
import {
  ChunkBudget,
  narrateExercise,
  narrateRoutine,
  type Chunk,
  type Preferences,
} from '../../lambda/narration';
import { fixtureExercises, fixtureRoutine, lookupFixture } from './fixtures';
import { breakProblems, options, phrasesFor } from './support';

let catalog: Catalog | undefined;
try {
  catalog = getCatalog();
} catch (e) {
  console.warn(`content catalogue not loadable (${String(e)}): matrix runs on fixtures only`);
}

const prefSets: Array<[string, Partial<Preferences>]> = [
  ['default', {}],
  ['slower', { pace: 'slower' }],
  ['flare', { gentle: true }],
  ['quiet', { quiet: true }],
  // The longest narration there is: the budget must hold here too.
  ['slower with the longest holds', { pace: 'slower', holdScale: 2 }],
];

async function problems(chunk: Chunk, locale: string): Promise<string[]> {
  const found = breakProblems(chunk.ssml);
  const errors = await check(`<speak>${chunk.ssml}</speak>`, { platform: 'amazon', locale });
  if (errors?.length) found.push(`ssml-check: ${JSON.stringify(errors.slice(0, 3))}`);
  if (chunk.characters > ChunkBudget.characters) found.push(`${chunk.characters} characters`);
  if (chunk.plannedSeconds > ChunkBudget.seconds) found.push(`${chunk.plannedSeconds} s`);
  return found.map((p) => `${chunk.exerciseId}#${chunk.index}: ${p}`);
}

function sources() {
  const exercises = catalog ? [...catalog.exercises.values()] : [];
  const routines = catalog ? [...catalog.routines.values()] : [];
  const lookup = (id: string) => catalog?.exercises.get(id);
  return [
    {
      name: 'fixtures',
      exercises: fixtureExercises,
      routines: [fixtureRoutine],
      lookup: lookupFixture,
    },
    ...(catalog ? [{ name: 'catalogue', exercises, routines, lookup }] : []),
  ];
}

describe.each(sources())(
  '$name: every chunk is valid Alexa SSML within the budget',
  ({ exercises, routines, lookup }) => {
    it.each(prefSets)('%s', async (_name, prefs) => {
      const found: string[] = [];
      for (const locale of Locales) {
        const opts = options(prefs, { locale, phrases: phrasesFor(locale) });
        for (const exercise of exercises) {
          for (const c of narrateExercise(exercise, opts))
            found.push(...(await problems(c, locale)));
        }
        for (const routine of routines) {
          const plan = narrateRoutine(routine, lookup, opts);
          expect(plan.steps.length).toBeGreaterThan(0);
          for (const c of plan.steps.flatMap((s) => s.chunks))
            found.push(...(await problems(c, locale)));
        }
      }
      expect(found).toEqual([]);
    });
  },
);
