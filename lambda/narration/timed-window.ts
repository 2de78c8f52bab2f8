/**
 * A timed window: exactly `seconds` of silence and sparse cues between two spoken cues (the
 * end of "hold" and the start of "release"). Cue durations are taken out of the silences, so
 * the window's total stays exact. Cues: "halfway" (windows of 20 s or more), "ten more
 * seconds", and a final "three, two, one" on a one-second beat. Where a silence would still
 * run over 10 s, encouragement fillers split it evenly.
 */
import { MaxBreakSeconds } from './ssml';
import type { Timeline } from './timeline';

/** Shortest silence between two cues, so they never run together. */
const MinGap = 0.3;

export interface WindowOptions {
  /** Phrase keys spoken to break up long silences, used in turn. */
  fillers: readonly string[];
  /** End with "three, two, one" (windows of 5 s or more). Default true. */
  countdown?: boolean;
  /**
   * Say "halfway" and "ten more seconds". Default true; false for a window that is only a
   * slice of a longer move, where its own halfway would mislead.
   */
  milestones?: boolean;
}

interface Cue {
  at: number;
  text: string;
  /** Beat cues keep their time; sparse ones give way. */
  fixed: boolean;
}

/** Which sparse cues a window of `seconds` gets, and when each one starts. */
export function windowCues(
  seconds: number,
  countdown = true,
  milestones = true,
): Array<{ at: number; key: string }> {
  const cues: Array<{ at: number; key: string }> = [];
  const halfway = milestones && seconds >= 20;
  if (halfway) cues.push({ at: seconds / 2, key: 'cue.halfway' });
  // "Ten more seconds" too close after "halfway" (20 to 27 s) says nothing new.
  if (milestones && seconds >= 15 && (!halfway || seconds >= 28))
    cues.push({ at: seconds - 10, key: 'cue.tenMore' });
  if (countdown && seconds >= 5) {
    for (const n of [3, 2, 1]) cues.push({ at: seconds - n, key: `count.${n}` });
  }
  return cues.sort((a, b) => a.at - b.at);
}

export function timedWindow(tl: Timeline, seconds: number, options: WindowOptions): void {
  const cues: Cue[] = windowCues(
    seconds,
    options.countdown ?? true,
    options.milestones ?? true,
  ).map((c) => ({
    at: c.at,
    text: tl.ctx.phrases(c.key),
    fixed: c.key.startsWith('count.'),
  }));
  let cursor = 0;
  let filler = 0;
  const fillUntil = (end: number) => {
    if (end - cursor <= MaxBreakSeconds) return;
    for (let k = 1; ; k++) {
      const texts = Array.from({ length: k }, (_, i) =>
        tl.ctx.phrases(options.fillers[(filler + i) % options.fillers.length]),
      );
      // Each filler is timed after the one before it, the first after what was last said.
      const spoken = texts.reduce(
        (s, t, i) => s + (i ? tl.secondsOf(t, texts[i - 1]) : tl.secondsOf(t)),
        0,
      );
      const silence = (end - cursor - spoken) / (k + 1);
      if (silence > MaxBreakSeconds - 0.05) continue;
      filler += k;
      for (const t of texts) {
        tl.pause(silence).say(t);
        cursor += silence + tl.lastSeconds;
      }
      return;
    }
  };
  for (const [i, cue] of cues.entries()) {
    const len = tl.secondsOf(cue.text);
    const start = Math.max(cue.at, cursor + MinGap);
    const nextFixed = cues.slice(i + 1).find((c) => c.fixed)?.at ?? seconds;
    if (!cue.fixed && start + len + MinGap > nextFixed) continue;
    fillUntil(start);
    tl.pause(start - cursor).say(cue.text);
    cursor = start + tl.lastSeconds;
  }
  fillUntil(seconds);
  tl.pause(Math.max(0, seconds - cursor));
}
