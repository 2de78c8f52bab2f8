/**
 * The words before the work: the name, the setup (when the position changes), the how, then
 * what a coach adds for this person: who should leave the move out (the first time ever), when
 * to stop (the first times, and on flare days), and a step up in reps or hold, said once.
 */
import type { Exercise } from '../content/schema';
import type { SpokenCautions } from './coaching';
import { sayDuration } from './durations';
import { capitaliseFirst } from './sentence-case';
import { Gaps } from './style';
import type { Timeline } from './timeline';
import type { EffectiveTiming } from './timing';

export interface IntroOptions {
  setup: boolean;
  flare: boolean;
  cautions?: SpokenCautions;
  stepUp?: EffectiveTiming['stepUp'];
}

export function intro(tl: Timeline, exercise: Exercise, opts: IntroOptions): void {
  const lang = tl.ctx.lang;
  const name = exercise.spokenName[lang] ?? exercise.spokenName.en;
  // The intro opens the answer, so it is a sentence start whatever the template puts first.
  tl.say(capitaliseFirst(tl.ctx.phrases('exercise.intro', { name }), lang));
  tl.gap(Gaps.movement);
  if (opts.cautions?.avoidIf) {
    // Before the setup: someone this move is not for should not get into position first.
    // Content holds each condition as a clause, so it is heard as one sentence per condition.
    (exercise.avoidIf[lang] ?? exercise.avoidIf.en).forEach((condition, i) =>
      tl.phrase(i === 0 ? 'caution.skipIf' : 'caution.skipIfAlso', { condition }),
    );
    tl.gap(Gaps.movement);
  }
  if (opts.setup) {
    (exercise.setup[lang] ?? exercise.setup.en).forEach((line, index) =>
      tl.mark({ kind: 'step', part: 'setup', index }).say(line).gap(Gaps.setup),
    );
  }
  (exercise.movement[lang] ?? exercise.movement.en).forEach((line, index) =>
    tl.mark({ kind: 'step', part: 'movement', index }).say(line).gap(Gaps.movement),
  );
  if (opts.flare && exercise.gentle) {
    tl.say(exercise.gentle.note[lang] ?? exercise.gentle.note.en).gap(Gaps.movement);
  }
  if (exercise.breathingCue) {
    tl.say(exercise.breathingCue[lang] ?? exercise.breathingCue.en).gap(Gaps.movement);
  }
  if (opts.cautions?.stop) {
    tl.say(exercise.cautions.stop[lang] ?? exercise.cautions.stop.en).gap(Gaps.movement);
  }
  const up = opts.stepUp;
  if (up?.reps) tl.phrase('progress.reps', { count: up.reps }).gap(Gaps.movement);
  if (up?.holdSeconds) {
    const duration = sayDuration(tl.ctx.phrases, up.holdSeconds);
    tl.phrase('progress.hold', { duration }).gap(Gaps.movement);
  }
  tl.gap(Gaps.ready);
}
