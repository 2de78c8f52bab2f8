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

/** An action cue in this language: said in full on a side's first rep, shorter after. */
export interface SpokenCue {
  first: string;
  again: string;
}

/**
 * The words of each rep, resolved from content for one unit: the action per side (one for a
 * move without sides or for one side of "each"; left then right when alternating), and what
 * replaces "Hold." and "And release.". Absent parts fall back to the narration's own cues.
 */
export interface RepWords {
  actions: SpokenCue[];
  hold?: string;
  release?: string;
  /** Say the action in full on rep 1 (the first set of a side); later reps get the short one. */
  firstInFull: boolean;
}

export const NoWords: RepWords = { actions: [], firstInFull: false };

const MinGap = 0.3;
/** Tempo cycles spoken in full before a time-boxed move goes quiet. */
const GuidedCycles = 2;

export const HoldFillers = ['filler.breathe', 'filler.soft', 'filler.still'] as const;
export const MoveFillers = ['filler.keepGoing', 'filler.breathe', 'filler.easy'] as const;

/**
 * "Hold for thirty seconds" ... exactly `seconds` ... "and release". A move that keeps moving
 * while held says its own cue instead ("Rock gently. For twenty seconds.").
 */
export function hold(tl: Timeline, seconds: number, short: boolean, words = NoWords): void {
  const duration = sayDuration(tl.ctx.phrases, seconds);
  if (words.hold) {
    tl.say(words.hold);
    if (!short) tl.phrase('cue.forDuration', { duration });
  } else if (short) tl.phrase('cue.hold');
  else tl.phrase('cue.holdFor', { duration });
  tl.mark({ kind: 'timer', timer: 'hold' });
  timedWindow(tl, seconds, { fillers: HoldFillers });
  tl.mark({ kind: 'end', track: 'timer' });
  if (words.release) tl.say(words.release);
  else tl.phrase('cue.release');
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

/**
 * One rep's movement (no count): the action cue, tempo, then the hold if any, else the time
 * the move takes. The action cue is what to do now, so the move's time follows it.
 */
function oneMove(
  tl: Timeline,
  t: EffectiveTiming,
  short: boolean,
  words: RepWords,
  action?: string,
): void {
  if (action) tl.say(action);
  if (t.tempo) tempoCycle(tl, t.tempo);
  if (t.holdSeconds > 0) {
    if ((short || action) && !t.tempo) tl.gap(Gaps.move);
    hold(tl, t.holdSeconds, short, words);
  } else if (!t.tempo) tl.gap(Gaps.move);
}

/** The action cue of rep `r` on side `i` (0 = the only or left side, 1 = right). */
function actionOf(words: RepWords, r: number, i: number): string | undefined {
  const cue = words.actions[i];
  if (!cue) return undefined;
  return r === 1 && words.firstInFull ? cue.first : cue.again;
}

/** Base seconds before each rep after the first: time to come back from a hold. */
export function repGap(t: EffectiveTiming): number {
  return t.holdSeconds > 0 ? Gaps.betweenReps : 0;
}

/**
 * Rep `r`: its count ("3 of 8"), then the move with its action cue (both sides when
 * alternating: the right side's own cue names it, else "other side").
 */
export function oneRep(
  tl: Timeline,
  t: EffectiveTiming,
  r: number,
  alternating: boolean,
  words = NoWords,
): void {
  const counted = t.reps > 1 || alternating;
  if (counted) tl.mark({ kind: 'rep', n: r, of: t.reps }).phrase('rep', { n: r, total: t.reps });
  if (counted) tl.pause(MinGap);
  if (alternating) tl.mark({ kind: 'side', side: 1 });
  oneMove(tl, t, counted, words, actionOf(words, r, 0));
  if (alternating) {
    const right = actionOf(words, r, 1);
    tl.gap(Gaps.betweenReps).mark({ kind: 'side', side: 2 });
    if (!right) tl.phrase('side.switch').pause(MinGap);
    oneMove(tl, t, true, words, right);
  }
}

/** A side or set that would end in silence ends on a word, so the user knows it is over. */
export function endOnSpeech(tl: Timeline): void {
  if (tl.endsInSilence) tl.phrase('cue.relax');
}

/** All reps of one set on one side (or on both, alternating). Ends with speech. */
export function reps(
  tl: Timeline,
  t: EffectiveTiming,
  alternating: boolean,
  words = NoWords,
): void {
  if (t.durationSeconds) {
    timeBoxed(tl, t.durationSeconds, t.tempo);
    return;
  }
  for (let r = 1; r <= t.reps; r++) {
    if (r > 1) tl.gap(repGap(t));
    oneRep(tl, t, r, alternating, words);
  }
  endOnSpeech(tl);
}
