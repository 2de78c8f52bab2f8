/** The stored resume point, seen as the dialog sees it. */
import type { Activity, Position } from '../routine/state';
import type { ResumePoint } from '../store/types';

/** Launch offers to pick up only what was left less than a day ago. */
export const ResumeWindowMs = 24 * 60 * 60 * 1000;

export function activityOf(resume: ResumePoint): Activity {
  return resume.routineId
    ? { kind: 'routine', id: resume.routineId }
    : { kind: 'exercise', id: resume.exerciseId };
}

export function positionOf(resume: ResumePoint): Position {
  return { stepIndex: resume.stepIndex, chunkIndex: resume.chunkIndex };
}

export function resumable(
  resume: ResumePoint | undefined,
  now: Date,
): { activity: Activity; position: Position } | undefined {
  if (!resume || now.getTime() - Date.parse(resume.at) >= ResumeWindowMs) return undefined;
  return { activity: activityOf(resume), position: positionOf(resume) };
}
