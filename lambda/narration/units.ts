/**
 * An exercise as units of work: the places an answer may end. A unit is one side of one set
 * (sides "each"), or one set. Chunking packs whole units into answers; a unit too long for
 * one answer on its own is cut into its parts (reps, or slices of a time-boxed move).
 */
import type { Piece } from './timeline';

/** One piece an answer may start or end at. Every part starts with speech. */
export interface Unit {
  /** 1-based sides and sets this unit covers; cycle for breathing; rep for a part of a side. */
  covers: { sides: number[]; sets: number[]; cycle?: number; rep?: number };
  /** Said only when the unit follows another in the same answer (rest between sets). */
  lead: Piece[];
  /** Said only when the unit opens a later answer ("let's carry on"). */
  resume: Piece[];
  body: Piece[];
  /** Base seconds of silence before the unit when it follows another in the same answer. */
  joinGap: number;
  /**
   * The same work cut finer, in order: said instead of `body` when the whole unit does not fit
   * one answer. Packed together they say what `body` says; each part after the first has its
   * own `resume` for when it opens an answer.
   */
  parts?: Unit[];
}

/** A piece of one unit's work before it is dressed as a unit: one rep, or one time slice. */
export interface Part {
  body: Piece[];
  /** Said when this part opens an answer; the first part uses its unit's. */
  resume: Piece[];
  /** Base seconds of silence before it when it follows the previous part in one answer. */
  joinGap: number;
  /** 1-based rep, for parts cut between reps. */
  rep?: number;
}
