/**
 * The position flow rule. People doing a routine may be stiff and sore: getting down to the
 * floor and back up is the costly part, and getting out of bed mid-routine defeats the point of
 * a bedside routine. So a routine keeps to one place as long as it can and never goes back.
 */
import type { Position } from './schema';

type Level = 'bed' | 'floor' | 'upright';

const levelOf: Record<Position, Level> = {
  'in-bed': 'bed',
  'floor-back': 'floor',
  stomach: 'floor',
  'hands-knees': 'floor',
  'side-lying': 'floor',
  seated: 'upright',
  standing: 'upright',
  wall: 'upright',
};

/** More changes than this and the routine spends its time rearranging the body. */
export const MAX_POSITION_CHANGES = 4;

/** A flow problem at a step index (into routine.steps). */
export interface FlowProblem {
  step: number;
  message: string;
}

/**
 * Problems in a sequence of step positions:
 * - an in-bed routine stays in bed; other routines never use in-bed moves;
 * - once the user leaves the bed, the floor or standing, they never return to it;
 * - once they leave a lying or kneeling position, they never return to it (sitting, standing
 *   and the wall may alternate: moving between them costs nothing);
 * - at most MAX_POSITION_CHANGES changes.
 */
export function positionFlowProblems(positions: Position[], inBed: boolean): FlowProblem[] {
  const problems: FlowProblem[] = [];
  positions.forEach((p, step) => {
    if (inBed && p !== 'in-bed') {
      problems.push({ step, message: `position "${p}" in an in-bed routine (must be in-bed)` });
    }
    if (!inBed && p === 'in-bed') {
      problems.push({ step, message: 'an in-bed move in a routine not marked inBed' });
    }
  });
  const leftLevels = new Set<Level>();
  const leftPositions = new Set<Position>();
  let changes = 0;
  for (let step = 1; step < positions.length; step++) {
    const before = positions[step - 1];
    const now = positions[step];
    if (now === before) continue;
    changes++;
    leftPositions.add(before);
    if (levelOf[before] !== levelOf[now]) leftLevels.add(levelOf[before]);
    if (leftLevels.has(levelOf[now]) && levelOf[now] !== levelOf[before]) {
      problems.push({ step, message: `goes back to ${levelOf[now]} after leaving it` });
    } else if (leftPositions.has(now) && levelOf[now] !== 'upright') {
      problems.push({ step, message: `goes back to "${now}" after leaving it` });
    }
  }
  if (changes > MAX_POSITION_CHANGES) {
    problems.push({
      step: positions.length - 1,
      message: `${changes} position changes (at most ${MAX_POSITION_CHANGES})`,
    });
  }
  return problems;
}
