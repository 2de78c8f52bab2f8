/**
 * Progression: a person starts at the gentle end of each range the articles give ("start at
 * about half") and steps up toward the top as sessions are finished. The step is whole reps or
 * seconds, about five steps from one end to the other, one step every `SessionsPerStep`
 * finished sessions of that exercise. A routine's own figure caps the climb.
 */
import type { Range } from './types';

/** Finished sessions of an exercise at one level before the next step up. */
export const SessionsPerStep = 2;

/** The figure after `sessions` finished sessions, within [low, min(high, cap)]. */
export function climbed(range: Range, cap: number, sessions: number): number {
  const [low, high] = range;
  const top = Math.max(low, Math.min(high, cap));
  const step = Math.max(1, Math.round((high - low) / 5));
  return Math.min(top, low + Math.floor(Math.max(0, sessions) / SessionsPerStep) * step);
}

/** The figure for this session, and whether it is a step up from the last one. */
export function progressedFigure(
  range: Range,
  cap: number,
  sessions: number,
): { value: number; steppedUp: boolean } {
  const value = climbed(range, cap, sessions);
  return { value, steppedUp: sessions > 0 && value > climbed(range, cap, sessions - 1) };
}
