/**
 * Units of a hold, reps or tempo exercise. Sets run in order; within a set with sides "each",
 * the first side, then "now the other side". Rest between sets leads the next set, so an
 * answer that starts at a set does not begin with a rest (the turn itself is the rest).
 */
import type { Exercise } from '../content/schema';
import { sayDuration } from './durations';
import { intro } from './intro';
import { HoldFillers, reps } from './moves';
import { Gaps } from './style';
import { timedWindow } from './timed-window';
import { Timeline, type NarrationContext } from './timeline';
import type { EffectiveTiming } from './timing';
import type { Unit } from './units';

function restLead(ctx: NarrationContext, t: EffectiveTiming): Timeline {
  const tl = new Timeline(ctx);
  if (t.restSeconds <= 0) return tl;
  tl.phrase('cue.rest', { duration: sayDuration(ctx.phrases, t.restSeconds) });
  timedWindow(tl, t.restSeconds, { fillers: HoldFillers, countdown: t.restSeconds >= 10 });
  return tl;
}

export function workUnits(
  exercise: Exercise,
  t: EffectiveTiming,
  ctx: NarrationContext,
  opts: { setup: boolean; flare: boolean },
): Unit[] {
  const units: Unit[] = [];
  const sides = t.sides === 'each' ? [1, 2] : [0];
  for (let set = 1; set <= t.sets; set++) {
    for (const side of sides) {
      const body = new Timeline(ctx);
      if (units.length === 0) intro(body, exercise, opts);
      if (t.sets > 1 && side <= 1) body.phrase('set', { n: set, total: t.sets }).gap(Gaps.ready);
      if (side === 1) body.phrase(set === 1 ? 'side.first' : 'side.firstAgain').gap(Gaps.ready);
      if (side === 2) body.phrase('side.other').gap(Gaps.ready);
      reps(body, t, t.sides === 'alternating');
      const lead = side <= 1 && set > 1 ? restLead(ctx, t).segments : [];
      units.push({
        covers: { sides: t.sides === 'none' ? [] : side ? [side] : [1, 2], sets: [set] },
        lead,
        resume: [],
        body: body.segments,
        joinGap: side === 2 ? Gaps.switchSides : lead.length ? Gaps.movement : Gaps.betweenSets,
      });
    }
  }
  return units;
}
