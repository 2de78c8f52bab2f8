/**
 * The narration: pure functions from content + preferences to timed chunks of SSML.
 *   narrateExercise(exercise, options) -> Chunk[]   one or more answers covering the exercise
 *   narrateRoutine(routine, lookup, options) -> RoutinePlan   the steps as they will be said
 *   estimateSsmlSeconds(ssml, locale, voice) -> seconds   planned length of any SSML
 * Pure, deterministic: same input, same output. How the timing works: ./README.md.
 */
export * from './types';
export { narrateExercise } from './exercise';
export { narrateRoutine, type PlannedStep, type RoutinePlan } from './routine';
export { estimateSsmlSeconds } from './estimate';
export { phrasebookFrom } from './phrasebook';
export { escapeSsml } from './ssml';
