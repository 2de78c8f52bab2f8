/**
 * A model built from the real English grammar and a small, fixed catalog, so the matcher's
 * tests do not move when content authors rename a routine.
 */
import type { Catalog } from '../../lambda/content/index';
import { buildModel } from '../../interaction-models/source/build';
import { contentSlotTypes } from '../../interaction-models/source/content-types';
import en from '../../interaction-models/source/en';

const text = (en: string) => ({ en });
const list = (...en: string[]) => ({ en });

const routines = [
  {
    id: 'morning',
    name: text('Morning'),
    spokenName: text('morning'),
    synonyms: list('wake up', 'morning stretch'),
  },
  {
    id: 'in-bed',
    name: text('In bed'),
    spokenName: text('in bed'),
    synonyms: list('bed', 'bedtime'),
  },
];
const exercises = [
  {
    id: 'cat-cow',
    name: text('Cat-cow'),
    spokenName: text('cat cow'),
    synonyms: list('cat camel', 'cat and cow'),
  },
  {
    id: 'knee-to-chest',
    name: text('Knee to chest'),
    spokenName: text('knee to chest'),
    synonyms: list('knee hug'),
  },
];
const avoided = [
  { id: 'toe-touch', name: text('Toe touches'), synonyms: list('toe touch', 'touching my toes') },
  { id: 'sit-up', name: text('Sit-ups'), synonyms: list('sit up', 'situps') },
];

/** Only the fields the model build reads. */
export const fixtureCatalog = {
  routines: new Map(routines.map((r) => [r.id, r])),
  routineOrder: routines.map((r) => r.id),
  exercises: new Map(exercises.map((e) => [e.id, e])),
  avoided: new Map(avoided.map((a) => [a.id, a])),
} as unknown as Catalog;

export const fixtureModel = buildModel(en, contentSlotTypes(fixtureCatalog, 'en'));
