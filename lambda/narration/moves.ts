/**
 * One side's worth of work: reps counted aloud, tempo phases on their beat, held positions
 * through a timed window, and time-boxed moves ("rock gently for a minute").
 */
import type { TempoPhase } from '../content/schema';
import { sayDuration } from './durations';
import { Gaps } from './style';
import { timedWindow } from './timed-window';
import type { Timeline } from './timeline';
import type { EffectiveTiming } from './timing';

const MinGap = 0.3;
/** Tempo cycles spoken in full before a time-boxed move goes quiet. */
const GuidedCycles = 2;

export const HoldFillers = ['filler.breathe', 'filler.soft', 'filler.still'] as const;
export const MoveFillers = ['filler.keepGoing', 'filler.breathe', 'filler.easy'] as const;

/** "Hold for thirty seconds" ... exactly `seconds` ... "and release". */
export function hold(tl: Timeline, seconds: number, short: boolean): void {
  if (short) tl.phrase('cue.hold');
  else tl.phrase('cue.holdFor', { duration: sayDuration(tl.ctx.phrases, seconds) });
  tl.mark({ kind: 'timer', timer: 'hold' });
  timedWindow(tl, seconds, { fillers: HoldFillers });
  tl.mark({ kind: 'end', track: 'timer' }).phrase('cue.release');
}

/** Each phase cue starts `seconds` after the previous one. */
export function tempoCycle(tl: Timeline, phases: readonly TempoPhase[]): void {
  phases.forEach((p, index) => {
    const text = p.cue[tl.ctx.lang] ?? p.cue.en;
    tl.mark({ kind: 'tempo', index }).say(text);
    tl.pause(Math.max(MinGap, p.seconds - tl.lastSeconds));
  });
  tl.mark({ kind: 'end', track: 'beat' });
}

/**
 * The start of a time-boxed move: "keep going for a minute", then guided tempo cycles while
 * there is room. Returns the seconds still to run until "and stop".
 */
export function startTimeBoxed(
  tl: Timeline,
  seconds: number,
  tempo?: readonly TempoPhase[],
): number {
  tl.phrase('cue.moveFor', { duration: sayDuration(tl.ctx.phrases, seconds) });
  tl.mark({ kind: 'timer', timer: 'move' }).pause(MinGap);
  let left = seconds - MinGap;
  if (tempo) {
    const cycle = tempo.reduce((s, p) => s + p.seconds, 0);
    const own = tl.secondsOf(tl.ctx.phrases('cue.ownPace'));
    for (let c = 0; c < GuidedCycles && left - cycle - own >= 10; c++) {
      const before = tl.seconds;
      tempoCycle(tl, tempo);
      left -= tl.seconds - before;
    }
    if (left < seconds - MinGap) {
      tl.phrase('cue.ownPace');
      left -= own;
    }
  }
  return Math.max(0, left);
}

/** A time-boxed move: from the end of "keep going for a minute" to "and stop" is exact. */
export function timeBoxed(tl: Timeline, seconds: number, tempo?: readonly TempoPhase[]): void {
  timedWindow(tl, startTimeBoxed(tl, seconds, tempo), { fillers: MoveFillers });
  tl.mark({ kind: 'end', track: 'timer' }).phrase('cue.stop');
}

/** One rep's movement (no count): tempo, then hold if any, else the time the move takes. */
function oneMove(tl: Timeline, t: EffectiveTiming, short: boolean): void {
  if (t.tempo) tempoCycle(tl, t.tempo);
  if (t.holdSeconds > 0) {
    if (short && !t.tempo) tl.gap(Gaps.move);
    hold(tl, t.holdSeconds, short);
  } else if (!t.tempo) tl.gap(Gaps.move);
}

/** Base seconds before each rep after the first: time to come back from a hold. */
export function repGap(t: EffectiveTiming): number {
  return t.holdSeconds > 0 ? Gaps.betweenReps : 0;
}

/** Rep `r`: its count ("3 of 8"), then the move (both sides when alternating). */
export function oneRep(tl: Timeline, t: EffectiveTiming, r: number, alternating: boolean): void {
  const counted = t.reps > 1 || alternating;
  if (counted) tl.mark({ kind: 'rep', n: r, of: t.reps }).phrase('rep', { n: r, total: t.reps });
  if (counted) tl.pause(MinGap);
  if (alternating) tl.mark({ kind: 'side', side: 1 });
  oneMove(tl, t, counted);
  if (alternating) {
    tl.gap(Gaps.betweenReps).mark({ kind: 'side', side: 2 }).phrase('side.switch').pause(MinGap);
    oneMove(tl, t, true);
  }
}

/** A side or set that would end in silence ends on a word, so the user knows it is over. */
export function endOnSpeech(tl: Timeline): void {
  if (tl.endsInSilence) tl.phrase('cue.relax');
}

/** All reps of one set on one side (or on both, alternating). Ends with speech. */
export function reps(tl: Timeline, t: EffectiveTiming, alternating: boolean): void {
  if (t.durationSeconds) {
    timeBoxed(tl, t.durationSeconds, t.tempo);
    return;
  }
  for (let r = 1; r <= t.reps; r++) {
    if (r > 1) tl.gap(repGap(t));
    oneRep(tl, t, r, alternating);
  }
  endOnSpeech(tl);
}
