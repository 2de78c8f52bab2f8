/** What a handler turns an intent into: the routine machine's input vocabulary. */
import type { BreathingPattern, Pace } from '../narration/types';
import type { Activity } from './state';

/** A preference the user changed by voice. */
export type PreferenceChange =
  | { key: 'pace'; value: Pace }
  | { key: 'holdScale'; value: number }
  | { key: 'breathing'; value: BreathingPattern }
  | { key: 'quiet'; value: boolean }
  | { key: 'gentle'; value: boolean }
  | { key: 'handsFree'; value: boolean };

/** Questions that don't move the routine. */
export type Topic =
  | 'describe'
  | 'time-left'
  | 'list-routines'
  | 'today-plan'
  | 'progress'
  | 'help'
  | 'fallback'
  /** "Pardon?": the pending question again. */
  | 'say-again';

export type RoutineEvent =
  | { type: 'launch' }
  | { type: 'start'; activity: Activity }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'skip' }
  /** "Leave it out": a yes at the leave-out question, a skip anywhere else. */
  | { type: 'leave-out' }
  | { type: 'start-over' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'pain' }
  | { type: 'preference'; change: PreferenceChange }
  /** The user said numbers that make no breathing pattern ("in for forty"). */
  | { type: 'invalid-breathing' }
  /** `exerciseId`: the exercise named in the question ("how do I do cat cow"), if any. */
  | { type: 'ask'; topic: Topic; exerciseId?: string }
  /** The user asked for a move the skill leaves out on purpose. */
  | { type: 'avoided-move'; moveId: string }
  /** A routine or exercise name that matched nothing. */
  | { type: 'unknown-name'; kind: 'routine' | 'exercise'; heard: string }
  | { type: 'stop' }
  /** The session closed: the user stayed silent (timeout), said exit, or Alexa hit an error. */
  | { type: 'session-ended'; reason: 'timeout' | 'user' | 'error' };
