/**
 * Units -> answers. Whole units are packed in order while the rendered SSML and the planned
 * audio stay inside the budget; a unit that alone exceeds it gets an answer of its own.
 * Greedy packing keeps the first answers full, so the user says "next" as rarely as possible.
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

function coverage(units: readonly Unit[]): ChunkCoverage {
  const uniq = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  const cycles = units.flatMap((u) => (u.covers.cycle ? [u.covers.cycle] : []));
  return {
    sides: uniq(units.flatMap((u) => u.covers.sides)),
    sets: uniq(units.flatMap((u) => u.covers.sets)),
    ...(cycles.length
      ? { cycles: [Math.min(...cycles), Math.max(...cycles)] as [number, number] }
      : {}),
  };
}

export function chunkUnits(
  exerciseId: string,
  units: readonly Unit[],
  ctx: NarrationContext,
  style: RenderStyle,
): Chunk[] {
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    const candidate = [...current, unit];
    const tl = assemble(ctx, candidate, groups.length === 0);
    const fits =
      renderSsml(tl.segments, style).length <= ChunkBudget.characters &&
      tl.seconds <= ChunkBudget.seconds;
    if (fits || current.length === 0) current = candidate;
    else {
      groups.push(current);
      current = [unit];
    }
  }
  if (current.length) groups.push(current);
  return groups.map((g, index) => {
    const timeline = assemble(ctx, g, index === 0).segments;
    const ssml = renderSsml(timeline, style);
    const plannedSeconds = timeline.reduce((s, x) => s + x.seconds, 0);
    return {
      exerciseId,
      index,
      of: groups.length,
      covers: coverage(g),
      timeline,
      ssml,
      plannedSeconds: Math.round(plannedSeconds * 100) / 100,
      characters: ssml.length,
    };
  });
}
