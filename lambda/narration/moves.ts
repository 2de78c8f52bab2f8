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
  timedWindow(tl, seconds, { fillers: HoldFillers });
  tl.phrase('cue.release');
}

/** Each phase cue starts `seconds` after the previous one. */
export function tempoCycle(tl: Timeline, phases: readonly TempoPhase[]): void {
  for (const p of phases) {
    const text = p.cue[tl.ctx.lang] ?? p.cue.en;
    tl.say(text).pause(Math.max(MinGap, p.seconds - tl.secondsOf(text)));
  }
}

/** A time-boxed move: from the end of "keep going for a minute" to "and stop" is exact. */
export function timeBoxed(tl: Timeline, seconds: number, tempo?: readonly TempoPhase[]): void {
  tl.phrase('cue.moveFor', { duration: sayDuration(tl.ctx.phrases, seconds) }).pause(MinGap);
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
  timedWindow(tl, Math.max(0, left), { fillers: MoveFillers });
  tl.phrase('cue.stop');
}

/** One rep's movement (no count): tempo, then hold if any, else the time the move takes. */
function oneMove(tl: Timeline, t: EffectiveTiming, short: boolean): void {
  if (t.tempo) tempoCycle(tl, t.tempo);
  if (t.holdSeconds > 0) {
    if (short && !t.tempo) tl.gap(Gaps.move);
    hold(tl, t.holdSeconds, short);
  } else if (!t.tempo) tl.gap(Gaps.move);
}

/** All reps of one set on one side (or on both, alternating). Ends with speech. */
export function reps(tl: Timeline, t: EffectiveTiming, alternating: boolean): void {
  if (t.durationSeconds) {
    timeBoxed(tl, t.durationSeconds, t.tempo);
    return;
  }
  const counted = t.reps > 1 || alternating;
  for (let r = 1; r <= t.reps; r++) {
    if (r > 1 && t.holdSeconds > 0) tl.gap(Gaps.betweenReps);
    if (counted) tl.phrase('rep', { n: r, total: t.reps }).pause(MinGap);
    oneMove(tl, t, counted);
    if (alternating) {
      tl.gap(Gaps.betweenReps).phrase('side.switch').pause(MinGap);
      oneMove(tl, t, true);
    }
  }
  if (tl.segments[tl.segments.length - 1]?.kind === 'silence') tl.phrase('cue.relax');
}
