/**
 * Small exercises and a routine that satisfy the content schema, one of each shape the
 * narration handles: a long hold on each side, reps with short holds, tempo, a time-boxed
 * move, alternating sides, paced breathing. Used until (and beside) the real catalogue.
 */
import { Exercise, Routine } from '../../lambda/content/schema';
import type { Exercise as ExerciseT, Routine as RoutineT } from '../../lambda/content/schema';

const base = {
  synonyms: { en: [] },
  equipment: ['none'],
  helps: { en: 'eases the lower back' },
  setup: { en: ['Lie on your back with your knees bent.', 'Feet flat on the bed.'] },
  cautions: { feel: { en: 'A gentle stretch.' }, stop: { en: 'Stop if it hurts.' } },
  avoidIf: { en: [] },
  sources: ['000_eb0f70ad5290731c.txt'],
  flareSafe: true,
  position: 'in-bed',
} as const;

function ex(partial: Record<string, unknown>): ExerciseT {
  return Exercise.parse({ ...base, ...partial });
}

export const kneeToChest = ex({
  id: 'knee-to-chest',
  name: { en: 'Knee to chest' },
  spokenName: { en: 'Knee to chest' },
  kind: 'hold',
  movement: { en: ['Bring one knee towards your chest & hold it with both hands.'] },
  timing: { reps: 1, holdSeconds: 30, sides: 'each' },
  gentle: { holdSeconds: 15, note: { en: 'Only draw the knee in as far as is easy.' } },
});

export const pelvicTilt = ex({
  id: 'pelvic-tilt',
  name: { en: 'Pelvic tilt' },
  spokenName: { en: 'Pelvic tilt' },
  kind: 'reps',
  movement: { en: ['Flatten your lower back into the bed.'] },
  timing: { reps: 8, holdSeconds: 5, sets: 2, restSeconds: 20, sides: 'none' },
  gentle: { reps: 5, note: { en: 'A small tilt is enough.' } },
});

export const catCow = ex({
  id: 'cat-cow',
  name: { en: 'Cat-cow' },
  spokenName: { en: 'cat cow' },
  kind: 'tempo',
  position: 'hands-knees',
  movement: { en: ['Move slowly between the two shapes.'] },
  timing: {
    reps: 6,
    holdSeconds: 0,
    sides: 'none',
    tempo: [
      { cue: { en: 'Arch.' }, seconds: 3 },
      { cue: { en: 'Round.' }, seconds: 3 },
    ],
  },
  flareSafe: false,
});

export const kneeRock = ex({
  id: 'knee-rock',
  name: { en: 'Knee rocking' },
  spokenName: { en: 'knee rocking' },
  kind: 'tempo',
  movement: { en: ['Let both knees sway gently from side to side.'] },
  timing: {
    reps: 1,
    holdSeconds: 0,
    sides: 'none',
    durationSeconds: 60,
    tempo: [
      { cue: { en: 'Left.' }, seconds: 2 },
      { cue: { en: 'Right.' }, seconds: 2 },
    ],
  },
});

export const birdDog = ex({
  id: 'bird-dog',
  name: { en: 'Bird dog' },
  spokenName: { en: 'bird dog' },
  kind: 'reps',
  position: 'hands-knees',
  movement: { en: ['Reach one arm forward and the opposite leg back.'] },
  timing: { reps: 4, holdSeconds: 3, sides: 'alternating' },
  flareSafe: false,
});

export const relaxedBreathing = ex({
  id: 'relaxed-breathing',
  name: { en: 'Relaxed breathing' },
  spokenName: { en: 'relaxed breathing' },
  kind: 'breathing',
  movement: { en: ['Rest one hand on your belly.'] },
  timing: { reps: 1, holdSeconds: 0, sides: 'none' },
  breathing: { pattern: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 }, minutes: 1 },
});

export const boxBreathing = ex({
  id: 'box-breathing',
  name: { en: 'Box breathing' },
  spokenName: { en: 'box breathing' },
  kind: 'breathing',
  position: 'seated',
  movement: { en: ['Sit tall and let your shoulders drop.'] },
  timing: { reps: 1, holdSeconds: 0, sides: 'none' },
  breathing: { pattern: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 }, minutes: 4 },
});

export const fixtureExercises = [
  kneeToChest,
  pelvicTilt,
  catCow,
  kneeRock,
  birdDog,
  relaxedBreathing,
  boxBreathing,
];

export const fixtureRoutine: RoutineT = Routine.parse({
  id: 'fixture-morning',
  name: { en: 'Fixture morning' },
  spokenName: { en: 'fixture morning' },
  synonyms: { en: [] },
  description: { en: 'A test routine.' },
  inBed: true,
  steps: [
    { exercise: 'relaxed-breathing', overrides: { breathingMinutes: 1 } },
    { exercise: 'knee-to-chest' },
    { exercise: 'pelvic-tilt', overrides: { reps: 6 } },
    { exercise: 'knee-rock' },
    { exercise: 'cat-cow' },
    { exercise: 'bird-dog' },
  ],
});

export function lookupFixture(id: string): ExerciseT | undefined {
  return fixtureExercises.find((e) => e.id === id);
}
