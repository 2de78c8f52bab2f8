/**
 * Units of a hold, reps or tempo exercise. Sets run in order; within a set with sides "each",
 * the first side, then "now the other side". Rest between sets leads the next set, so an
 * answer that starts at a set does not begin with a rest (the turn itself is the rest).
 * Each unit also carries its parts (one per rep, or slices of a time-boxed move) for when it
 * is too long for one answer.
 */
import type { ActionCue, Exercise, Text } from '../content/schema';
import type { Language } from '../ids';
import { sayDuration } from './durations';
import { intro, type IntroOptions } from './intro';
import { HoldFillers, reps, type RepWords } from './moves';
import { repParts } from './rep-parts';
import { Gaps } from './style';
import { timeBoxedParts } from './time-slices';
import { timedWindow } from './timed-window';
import { Timeline, type NarrationContext } from './timeline';
import type { EffectiveTiming } from './timing';
import type { Part, Unit } from './units';

/** Parts as units: same coverage plus the rep; only the first keeps the unit's resume. */
function dress(unit: Unit, parts: readonly Part[]): Unit[] {
  return parts.map((p, i) => ({
    covers: { ...unit.covers, ...(p.rep ? { rep: p.rep } : {}) },
    lead: [],
    resume: i === 0 ? unit.resume : p.resume,
    body: p.body,
    joinGap: p.joinGap,
  }));
}

function restLead(ctx: NarrationContext, t: EffectiveTiming): Timeline {
  const tl = new Timeline(ctx);
  if (t.restSeconds <= 0) return tl;
  tl.phrase('cue.rest', { duration: sayDuration(ctx.phrases, t.restSeconds) });
  tl.mark({ kind: 'timer', timer: 'rest' });
  timedWindow(tl, t.restSeconds, { fillers: HoldFillers, countdown: t.restSeconds >= 10 });
  return tl.mark({ kind: 'end', track: 'timer' });
}

/**
 * The words of each rep on `side` (0: no sides or alternating, 1: left, 2: right) in `set`:
 * the action in full on the first set, shorter after.
 */
export function repWords(exercise: Exercise, lang: Language, side: number, set: number): RepWords {
  const cues = exercise.repCues;
  if (!cues) return { actions: [], firstInFull: false };
  const say = (text: Text | undefined) => text && (text[lang] ?? text.en);
  const spoken = (cue: ActionCue) => ({ first: say(cue.first)!, again: say(cue.again)! });
  const all = cues.sides ?? (cues.action ? [cues.action] : []);
  const actions = side > 0 ? all.slice(side - 1, side) : all;
  return {
    actions: actions.map(spoken),
    hold: say(cues.hold),
    release: say(cues.release),
    firstInFull: set === 1,
  };
}

/** Which side comes now: named when the content names its sides ("now the right side"). */
function sideKey(named: boolean, side: number, set: number): string {
  if (side === 2) return named ? 'side.right' : 'side.other';
  if (set === 1) return named ? 'side.left' : 'side.first';
  return named ? 'side.leftAgain' : 'side.firstAgain';
}

export function workUnits(
  exercise: Exercise,
  t: EffectiveTiming,
  ctx: NarrationContext,
  opts: IntroOptions,
): Unit[] {
  const units: Unit[] = [];
  const sides = t.sides === 'each' ? [1, 2] : [0];
  const named = !!exercise.repCues?.sides;
  for (let set = 1; set <= t.sets; set++) {
    for (const side of sides) {
      const first = units.length === 0;
      const words = repWords(exercise, ctx.lang, side, set);
      // What is said before the first rep: the intro, which set, which side.
      const head = (): Timeline => {
        const tl = new Timeline(ctx);
        if (first) intro(tl, exercise, opts);
        if (t.sets > 1) tl.mark({ kind: 'set', n: set, of: t.sets });
        if (t.sets > 1 && side <= 1) tl.phrase('set', { n: set, total: t.sets }).gap(Gaps.ready);
        if (side) tl.mark({ kind: 'side', side: side as 1 | 2 });
        if (side > 0) tl.phrase(sideKey(named, side, set)).gap(Gaps.ready);
        return tl;
      };
      const body = head();
      reps(body, t, t.sides === 'alternating', words);
      const lead = side <= 1 && set > 1 ? restLead(ctx, t).segments : [];
      const unit: Unit = {
        covers: { sides: t.sides === 'none' ? [] : side ? [side] : [1, 2], sets: [set] },
        lead,
        resume: [],
        body: body.segments,
        joinGap: side === 2 ? Gaps.switchSides : lead.length ? Gaps.movement : Gaps.betweenSets,
      };
      const parts = t.durationSeconds
        ? timeBoxedParts(head, t.durationSeconds, t.tempo)
        : repParts(head, t, t.sides === 'alternating', words);
      units.push(parts.length > 1 ? { ...unit, parts: dress(unit, parts) } : unit);
    }
  }
  return units;
}
