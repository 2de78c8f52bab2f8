/**
 * A side or set cut between reps, for when it does not fit one answer: the first part is the
 * head (intro, set, side) and rep 1; each later part is one rep and, when it opens an answer,
 * starts with "let's carry on" before its count ("4 of 10"), so the user knows where they are.
 */
import { endOnSpeech, NoWords, oneRep, repGap, type RepWords } from './moves';
import { Gaps } from './style';
import { Timeline } from './timeline';
import type { EffectiveTiming } from './timing';
import type { Part } from './units';

export function repParts(
  head: () => Timeline,
  t: EffectiveTiming,
  alternating: boolean,
  words: RepWords = NoWords,
): Part[] {
  if (t.reps < 2) return [];
  const first = head();
  const ctx = first.ctx;
  const resume = new Timeline(ctx).phrase('cue.carryOn').gap(Gaps.ready).segments;
  return Array.from({ length: t.reps }, (_, i) => {
    const tl = i === 0 ? first : new Timeline(ctx);
    oneRep(tl, t, i + 1, alternating, words);
    if (i === t.reps - 1) endOnSpeech(tl);
    return { body: tl.segments, resume, joinGap: repGap(t), rep: i + 1 };
  });
}
