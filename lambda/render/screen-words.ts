/** The words the screen's schedule shows, from i18n and content, for one exercise. */
import type { Exercise } from '../content/schema';
import type { ScheduleWords } from '../screen/types';
import type { RenderContext } from './context';
import { pick, pickList } from './text';

/** The written name of an exercise or routine (screens show how it is written, not said). */
export function writtenName(c: RenderContext, id: string): string {
  const item = c.catalog.exercises.get(id) ?? c.catalog.routines.get(id);
  return item ? pick(item.name, c.locale) : id;
}

export function screenWords(c: RenderContext, exercise: Exercise): ScheduleWords {
  return {
    step: (part, index) => pickList(exercise[part], c.locale)[index] ?? '',
    counter: (kind, n, of) => c.t(`screen.${kind}`, { n, total: of }),
    side: (side) => c.t(side === 1 ? 'screen.side.first' : 'screen.side.other'),
    timer: (timer) => c.t(`screen.timer.${timer}`),
    breath: (phase) =>
      c.t(`screen.breath.${phase === 'in' ? 'in' : phase === 'out' ? 'out' : 'hold'}`),
    tempo: (index) => {
      const phase = exercise.timing.tempo?.[index];
      return phase ? pick(phase.cue, c.locale) : '';
    },
  };
}
