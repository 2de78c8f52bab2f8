/**
 * A long time-boxed move cut into slices, for when it does not fit one answer. Each slice
 * after the first opens by saying how long is left ("keep going for two minutes"), on a whole
 * half minute; the window before it gives up the cue's length, so slices said together still
 * run exactly from the first cue to "and stop". Slices keep no "halfway": it would be the
 * slice's halfway, not the move's.
 */
import type { TempoPhase } from '../content/schema';
import { sayDuration } from './durations';
import { MoveFillers, startTimeBoxed } from './moves';
import { timedWindow } from './timed-window';
import { Timeline } from './timeline';
import type { Part } from './units';

const SliceSeconds = 30;
/** Shortest window the first slice keeps after its guided start. */
const MinWindow = 5;

export function timeBoxedParts(
  head: () => Timeline,
  seconds: number,
  tempo?: readonly TempoPhase[],
): Part[] {
  let tl = head();
  const ctx = tl.ctx;
  const cueFor = (left: number) =>
    ctx.phrases('cue.moveFor', { duration: sayDuration(ctx.phrases, left) });
  // Seconds still to run where the current window starts.
  let from = startTimeBoxed(tl, seconds, tempo);
  const marks: number[] = [];
  for (let r = Math.floor((from - 1) / SliceSeconds) * SliceSeconds; r > 0; r -= SliceSeconds) {
    if (marks.length || from - r - tl.secondsOf(cueFor(r)) >= MinWindow) marks.push(r);
  }
  if (!marks.length) return [];
  const window = { fillers: MoveFillers, milestones: false };
  const parts: Part[] = [];
  for (const left of marks) {
    const cue = cueFor(left);
    timedWindow(tl, from - left - tl.secondsOf(cue), { ...window, countdown: false });
    tl.mark({ kind: 'end', track: 'timer' });
    parts.push({ body: tl.segments, resume: [], joinGap: 0 });
    tl = new Timeline(ctx).say(cue).mark({ kind: 'timer', timer: 'move' });
    from = left;
  }
  timedWindow(tl, from, window);
  tl.mark({ kind: 'end', track: 'timer' }).phrase('cue.stop');
  parts.push({ body: tl.segments, resume: [], joinGap: 0 });
  return parts;
}
