/**
 * What the skill decided to say, as small typed acts. The renderer turns them into speech;
 * wording never sits in the machine.
 */
import type { PreferenceChange } from './events';
import type { Activity, Position } from './state';

/** Where the user is, for context-dependent help and fallback. */
export type Context = 'idle' | 'active' | 'paused' | 'awaiting-continue' | 'finished';

export type Act =
  | { type: 'welcome'; returning: boolean }
  | { type: 'disclaimer' }
  | {
      type: 'offer-start';
      activity: Activity;
      reason: 'first-time' | 'today' | 'alternative' | 'suggest';
    }
  | { type: 'offer-resume'; activity: Activity; position: Position }
  | { type: 'preview'; activity: Activity }
  /** One short general safety line as a routine starts. */
  | { type: 'safety-reminder' }
  /** Gentle mode would leave little of this routine. */
  | { type: 'flare-thin'; activity: Activity }
  | { type: 'play'; activity: Activity; position: Position }
  | { type: 'prompt-next'; activity: Activity; from: Position; next: Position }
  | { type: 'done'; activity: Activity }
  | { type: 'paused' }
  | { type: 'resuming' }
  | {
      type: 'nothing-under-way';
      request:
        | 'next'
        | 'previous'
        | 'repeat'
        | 'skip'
        | 'start-over'
        | 'pause'
        | 'resume'
        | 'describe'
        | 'time-left';
    }
  | { type: 'pain-advice'; exerciseId?: string }
  | { type: 'ask-leave-out'; exerciseId: string }
  | { type: 'left-out'; exerciseId: string; leftOut: boolean }
  | { type: 'preference-set'; change: PreferenceChange; underWay: boolean }
  | { type: 'invalid-breathing' }
  | { type: 'describe'; exerciseId: string }
  | { type: 'time-left'; activity: Activity; from: Position }
  | { type: 'list-routines' }
  | { type: 'today-plan' }
  | { type: 'progress' }
  | { type: 'help'; context: Context }
  | { type: 'fallback'; context: Context }
  | { type: 'avoided'; moveId: string }
  | { type: 'unknown-name'; kind: 'routine' | 'exercise'; heard: string }
  | { type: 'no-ack'; context: Context }
  | { type: 'reprompt-continue'; context: Context }
  | { type: 'goodbye'; underWay: boolean }
  /** Conversation design (interaction-models/CONVERSATION.md). */
  | { type: 'skipped'; exerciseId: string }
  | { type: 'ask-switch'; from: Activity; to: Activity }
  | { type: 'switch-declined'; activity: Activity }
  | { type: 'today-done'; routineIds: string[] }
  /** After a finished routine: offer a daily reminder at the time it started. */
  | { type: 'offer-reminder' }
  /**
   * Hands-free could not play, said before the turn-mode answer that replaces it: the device
   * has no audio player, or the last playback failed (then `activity` is what was playing).
   */
  | { type: 'hands-free-unavailable'; reason: 'no-player' }
  | { type: 'hands-free-unavailable'; reason: 'failed'; activity: Activity };

/** Side effects on the stored user record, applied by the turn pipeline after deciding. */
export type Effect =
  | { type: 'set-preference'; change: PreferenceChange }
  | { type: 'leave-out'; exerciseId: string }
  | { type: 'finished'; activity: Activity }
  | { type: 'welcomed' }
  /** The reminder offer was made (at most one a week). */
  | { type: 'reminder-offered' };
