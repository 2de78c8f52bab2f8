/** The words before the work: the name, the setup (when the position changes) and the how. */
import type { Exercise } from '../content/schema';
import { capitaliseFirst } from './sentence-case';
import { Gaps } from './style';
import type { Timeline } from './timeline';

export function intro(
  tl: Timeline,
  exercise: Exercise,
  opts: { setup: boolean; flare: boolean },
): void {
  const lang = tl.ctx.lang;
  const name = exercise.spokenName[lang] ?? exercise.spokenName.en;
  // The intro opens the answer, so it is a sentence start whatever the template puts first.
  tl.say(capitaliseFirst(tl.ctx.phrases('exercise.intro', { name }), lang));
  tl.gap(Gaps.movement);
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
  tl.gap(Gaps.ready);
}
