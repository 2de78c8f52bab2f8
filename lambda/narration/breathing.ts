/**
 * Paced breathing: cycles of in, hold, out, hold. The first cycles count every second ("in,
 * two, three, four"); later cycles keep only the phase words, with silence for the counts.
 * A count word starts exactly one second after the previous one: word plus silence = 1 s.
 */
import type { BreathingPattern, Exercise } from '../content/schema';
import { intro, type IntroOptions } from './intro';
import { MaxBreakSeconds } from './ssml';
import { Timeline, type NarrationContext } from './timeline';
import type { BreathPhase, NarrationOptions } from './types';
import type { Unit } from './units';

const PhaseWords: Record<BreathPhase, string> = {
  in: 'breathing.in',
  holdIn: 'breathing.hold',
  out: 'breathing.out',
  holdOut: 'breathing.hold',
};

/** Cycles counted in full before the quieter style. */
export const FullCountCycles = 3;
const Relaxed: BreathingPattern = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };

/**
 * The exercise's own pattern when it has a distinctive one (box breathing is box breathing);
 * otherwise the pattern the user chose.
 */
export function breathingPattern(exercise: Exercise, options: NarrationOptions): BreathingPattern {
  const own = exercise.breathing?.pattern;
  const distinctive = own && JSON.stringify(own) !== JSON.stringify(Relaxed);
  const chosen = distinctive ? own : options.prefs.breathing;
  const gentle = options.prefs.gentle ? exercise.gentle?.breathing : undefined;
  return gentle ? gentlerPattern(chosen, gentle) : chosen;
}

/**
 * On a flare day the pattern itself is shorter: each phase is the shorter of the chosen one
 * and the exercise's gentle one (4 in, 6 out becomes 3 in, 5 out), so it never gets longer.
 */
export function gentlerPattern(p: BreathingPattern, g: BreathingPattern): BreathingPattern {
  return {
    inhale: Math.min(p.inhale, g.inhale),
    holdIn: Math.min(p.holdIn, g.holdIn),
    exhale: Math.min(p.exhale, g.exhale),
    holdOut: Math.min(p.holdOut, g.holdOut),
  };
}

export function cycleSeconds(p: BreathingPattern): number {
  return p.inhale + p.holdIn + p.exhale + p.holdOut;
}

export function cycleCount(exercise: Exercise, options: NarrationOptions): number {
  const minutes = options.overrides?.breathingMinutes ?? exercise.breathing?.minutes ?? 1;
  return Math.max(
    1,
    Math.round((minutes * 60) / cycleSeconds(breathingPattern(exercise, options))),
  );
}

/** One phase of `n` seconds, starting with its word. */
export function phase(tl: Timeline, which: BreathPhase, n: number, full: boolean): void {
  if (n <= 0) return;
  const word = tl.ctx.phrases(PhaseWords[which]);
  tl.mark({ kind: 'breath', phase: which });
  const beatAt = (k: number) => {
    const text = k === 1 ? word : tl.ctx.phrases(`count.${k}`);
    tl.say(text).pause(Math.max(0.1, 1 - tl.lastSeconds));
  };
  if (full) {
    for (let k = 1; k <= n; k++) beatAt(k);
    return;
  }
  const rest = n - tl.secondsOf(word);
  if (rest <= MaxBreakSeconds - 0.5) {
    tl.say(word).pause(rest);
    return;
  }
  // A phase too long for one break keeps the count at its middle beat.
  const mid = Math.ceil(n / 2) + 1;
  const count = tl.ctx.phrases(`count.${mid}`);
  tl.say(word)
    .pause(mid - 1 - tl.lastSeconds)
    .say(count);
  tl.pause(n - (mid - 1) - tl.lastSeconds);
}

export function cycle(tl: Timeline, p: BreathingPattern, full: boolean): void {
  phase(tl, 'in', p.inhale, full);
  phase(tl, 'holdIn', p.holdIn, full);
  phase(tl, 'out', p.exhale, full);
  phase(tl, 'holdOut', p.holdOut, full);
  tl.mark({ kind: 'end', track: 'beat' });
}

export function breathingUnits(
  exercise: Exercise,
  options: NarrationOptions,
  ctx: NarrationContext,
  opts: IntroOptions,
): Unit[] {
  const p = breathingPattern(exercise, options);
  const cycles = cycleCount(exercise, options);
  const resume = new Timeline(ctx).phrase('breathing.continue').gap(1).segments;
  return Array.from({ length: cycles }, (_, i) => {
    const tl = new Timeline(ctx);
    if (i === 0) {
      intro(tl, exercise, opts);
      tl.phrase(patternKey(p), { ...p }).gap(1.5);
    }
    tl.mark({ kind: 'cycle', n: i + 1, of: cycles });
    cycle(tl, p, i < FullCountCycles);
    if (i === cycles - 1) tl.phrase('breathing.done');
    return {
      covers: { sides: [], sets: [1], cycle: i + 1 },
      lead: [],
      resume,
      body: tl.segments,
      joinGap: 0,
    };
  });
}

function patternKey(p: BreathingPattern): string {
  if (p.holdIn && p.holdOut) return 'breathing.patternBox';
  if (p.holdIn) return 'breathing.patternHoldIn';
  if (p.holdOut) return 'breathing.patternHoldOut';
  return 'breathing.patternInOut';
}
