/**
 * The screen's schedule: when each hold, move, rest, breath phase and tempo beat starts and how
 * long it lasts, read off the marks a chunk's timeline carries. A pure function of the chunk,
 * so the screen is timed by the same clock as the speech and nothing is timed twice.
 */
import type { BreathPhase, Chunk, Mark } from '../narration/types';

/** Part of the chunk, in seconds from its start. */
export interface Span {
  at: number;
  seconds: number;
}

export type TimerSpan = Span & { timer: 'hold' | 'move' | 'rest' };
export type Beat = { kind: 'breath'; phase: BreathPhase } | { kind: 'tempo'; index: number };
export type BeatSpan = Span & Beat;
/** A change of what the screen says: the step read, the set, side, rep or breath counted. */
export type StateMark = Extract<Mark, { kind: 'step' | 'set' | 'side' | 'rep' | 'cycle' }>;

export interface ScreenSchedule {
  /** The chunk's planned seconds. */
  seconds: number;
  timers: TimerSpan[];
  beats: BeatSpan[];
  changes: Array<{ at: number; mark: StateMark }>;
}

type Open<T> = { at: number; what: T } | undefined;

export function screenSchedule(chunk: Pick<Chunk, 'marks' | 'plannedSeconds'>): ScreenSchedule {
  const out: ScreenSchedule = { seconds: chunk.plannedSeconds, timers: [], beats: [], changes: [] };
  let timer: Open<TimerSpan['timer']>;
  let beat: Open<Beat>;
  const closeTimer = (at: number) => {
    if (timer && at > timer.at)
      out.timers.push({ at: timer.at, seconds: at - timer.at, timer: timer.what });
    timer = undefined;
  };
  const closeBeat = (at: number) => {
    if (beat && at > beat.at) out.beats.push({ at: beat.at, seconds: at - beat.at, ...beat.what });
    beat = undefined;
  };
  for (const { at, mark } of chunk.marks) {
    switch (mark.kind) {
      case 'timer':
        closeTimer(at);
        timer = { at, what: mark.timer };
        break;
      case 'breath':
        closeBeat(at);
        beat = { at, what: { kind: 'breath', phase: mark.phase } };
        break;
      case 'tempo':
        closeBeat(at);
        beat = { at, what: { kind: 'tempo', index: mark.index } };
        break;
      case 'end':
        if (mark.track === 'timer') closeTimer(at);
        else closeBeat(at);
        break;
      default:
        out.changes.push({ at, mark });
    }
  }
  // A span still open when the answer ends (a move cut between answers) ends with it.
  closeTimer(chunk.plannedSeconds);
  closeBeat(chunk.plannedSeconds);
  return out;
}
