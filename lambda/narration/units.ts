/**
 * An exercise as units of work: the places an answer may end. A unit is one side of one set
 * (sides "each"), or one set. Chunking packs whole units into answers.
 */
import type { Segment } from './types';

/** One piece an answer may start or end at. Every part starts with speech. */
export interface Unit {
  /** 1-based sides and sets this unit covers; cycle for breathing. */
  covers: { sides: number[]; sets: number[]; cycle?: number };
  /** Said only when the unit follows another in the same answer (rest between sets). */
  lead: Segment[];
  /** Said only when the unit opens a later answer ("let's carry on"). */
  resume: Segment[];
  body: Segment[];
  /** Base seconds of silence before the unit when it follows another in the same answer. */
  joinGap: number;
}
