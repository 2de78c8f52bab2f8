/** Applies the machine's effects and the resume point to the user record. Pure. */
import type { Effect } from '../routine/acts';
import { isUnderWay, type DialogState } from '../routine/state';
import { markOffered } from '../reminders/offer';
import { changePreferences } from '../store/preferences';
import { countSessions } from '../store/exercise-sessions';
import { recordFinished } from '../store/progress';
import type { UserRecord } from '../store/types';

export interface EffectContext {
  now: Date;
  timeZone: string;
  /** Planned minutes of a finished activity. */
  minutesOf(effect: Extract<Effect, { type: 'finished' }>): number;
  /** The exercises a finished activity was said with (its plan's steps). */
  exercisesOf(effect: Extract<Effect, { type: 'finished' }>): string[];
}

export function applyEffects(user: UserRecord, effects: Effect[], c: EffectContext): UserRecord {
  let next = user;
  for (const effect of effects) {
    switch (effect.type) {
      case 'set-preference':
        next = changePreferences(next, { [effect.change.key]: effect.change.value }, c.now);
        break;
      case 'leave-out':
        if (!next.prefs.leaveOut.includes(effect.exerciseId)) {
          next = changePreferences(
            next,
            { leaveOut: [...next.prefs.leaveOut, effect.exerciseId] },
            c.now,
          );
        }
        break;
      case 'welcomed':
        next = { ...next, welcomed: true };
        break;
      case 'reminder-offered':
        next = markOffered(next, c.now);
        break;
      case 'finished':
        next = recordFinished(next, {
          routineId: effect.activity.id,
          minutes: c.minutesOf(effect),
          now: c.now,
          timeZone: c.timeZone,
        });
        next = {
          ...next,
          exerciseSessions: countSessions(next.exerciseSessions, c.exercisesOf(effect)),
        };
        break;
    }
  }
  return next;
}

/** The resume point follows the dialog: set while an activity is under way. */
export function withResume(
  user: UserRecord,
  state: DialogState,
  now: Date,
  exerciseId: string | undefined,
): UserRecord {
  if (!isUnderWay(state) || !state.activity || !state.position || !exerciseId) return user;
  const { stepIndex, chunkIndex } = state.position;
  const r = user.resume;
  const routineId = state.activity.kind === 'routine' ? state.activity.id : undefined;
  if (
    r &&
    r.routineId === routineId &&
    r.exerciseId === exerciseId &&
    r.stepIndex === stepIndex &&
    r.chunkIndex === chunkIndex
  ) {
    return user;
  }
  return {
    ...user,
    resume: { routineId, exerciseId, stepIndex, chunkIndex, at: now.toISOString() },
  };
}
