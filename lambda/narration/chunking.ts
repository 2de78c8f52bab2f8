/**
 * Units -> answers. Whole units are packed in order while the rendered SSML and the planned
 * audio stay inside the budget. Greedy packing keeps the first answers full, so the user says
 * "next" as rarely as possible. A unit that alone exceeds the budget is said through its parts
 * (reps, or slices of a time-boxed move) in answers of its own, as few as fit and as even as
 * they can be, so one side never ends with a lone rep after a long answer.
 */
import { Gaps } from './style';
import { renderSsml, type RenderStyle } from './ssml';
import { Timeline, type NarrationContext } from './timeline';
import { ChunkBudget, type Chunk, type ChunkCoverage } from './types';
import type { Unit } from './units';

function assemble(ctx: NarrationContext, units: readonly Unit[], first: boolean): Timeline {
  const tl = new Timeline(ctx);
  units.forEach((u, i) => {
    if (i === 0 && !first) tl.append(u.resume);
    if (i > 0) tl.gap(u.joinGap).append(u.lead);
    tl.append(u.body);
  });
  // A closing silence: the plan then includes the voice's own tail, and the dialog's prompt
  // after it does not crowd the last cue.
  return tl.gap(Gaps.settle);
}

type Fits = (units: readonly Unit[], first: boolean, seconds?: number) => boolean;

/** Greedy: each group takes units while they fit `seconds`; an oversized unit stands alone. */
function pack(units: readonly Unit[], fits: Fits, first: boolean, seconds?: number): Unit[][] {
  const groups: Unit[][] = [];
  for (const unit of units) {
    const current = groups[groups.length - 1];
    if (current && fits([...current, unit], first && groups.length === 1, seconds))
      current.push(unit);
    else groups.push([unit]);
  }
  return groups;
}

/** Parts in as few answers as greedy packing needs, with the longest answer as short as it can be. */
function balanced(parts: readonly Unit[], fits: Fits, first: boolean): Unit[][] {
  let best = pack(parts, fits, first);
  let lo = 0;
  let hi: number = ChunkBudget.seconds;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    const groups = pack(parts, fits, first, mid);
    if (groups.length <= best.length) [best, hi] = [groups, mid];
    else lo = mid;
  }
  return best;
}

function coverage(units: readonly Unit[]): ChunkCoverage {
  const uniq = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
  const cycles = units.flatMap((u) => (u.covers.cycle ? [u.covers.cycle] : []));
  const reps = units.flatMap((u) => (u.covers.rep ? [u.covers.rep] : []));
  return {
    sides: uniq(units.flatMap((u) => u.covers.sides)),
    sets: uniq(units.flatMap((u) => u.covers.sets)),
    ...(cycles.length ? { cycles: range(cycles) } : {}),
    ...(reps.length ? { reps: range(reps) } : {}),
  };
}

export function chunkUnits(
  exerciseId: string,
  units: readonly Unit[],
  ctx: NarrationContext,
  style: RenderStyle,
): Chunk[] {
  const fits: Fits = (candidate, first, seconds = ChunkBudget.seconds) => {
    const tl = assemble(ctx, candidate, first);
    return (
      tl.seconds <= seconds &&
      renderSsml(tl.timeline().segments, style).length <= ChunkBudget.characters
    );
  };
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  const close = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (const unit of units) {
    if (fits([...current, unit], groups.length === 0)) current.push(unit);
    else if (fits([unit], groups.length === 0 && current.length === 0) || !unit.parts) {
      close();
      current = [unit];
    } else {
      // Parts never share an answer with other units, so a chunk's reps are one side's.
      close();
      groups.push(...balanced(unit.parts, fits, groups.length === 0));
    }
  }
  close();
  return groups.map((g, index) => {
    const { segments: timeline, marks } = assemble(ctx, g, index === 0).timeline();
    const ssml = renderSsml(timeline, style);
    const plannedSeconds = timeline.reduce((s, x) => s + x.seconds, 0);
    return {
      exerciseId,
      index,
      of: groups.length,
      covers: coverage(g),
      timeline,
      marks,
      ssml,
      plannedSeconds: Math.round(plannedSeconds * 100) / 100,
      characters: ssml.length,
    };
  });
}
