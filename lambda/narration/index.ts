/**
 * CONTRACT (implemented by the narration work; signatures are fixed):
 *   narrateExercise(exercise, options) -> Chunk[]   one or more answers covering the exercise
 * Pure, deterministic: same input, same output.
 */
import type { Exercise } from '../content/schema';
import type { Chunk, NarrationOptions } from './types';

export * from './types';
export declare function narrateExercise(exercise: Exercise, options: NarrationOptions): Chunk[];
