/** Helpers for the screen tests: words that name what they stand for, and the animations sent. */
import type { AplCommand } from '../../lambda/screen/commands';
import type { ScheduleWords } from '../../lambda/screen/types';

/** Words that say what they are, so a test can tell the commands apart. */
export const plainWords: ScheduleWords = {
  step: (part, index) => `${part} ${index}`,
  counter: (kind, n, of) => `${kind} ${n}/${of}`,
  side: (side) => `side ${side}`,
  timer: (timer) => timer,
  breath: (phase) => phase,
  tempo: (index) => `tempo ${index}`,
};

export interface Animation {
  componentId: string;
  /** Seconds from the start of the chunk's speech. */
  start: number;
  seconds: number;
  /** The label set on the same track just before it (timer kind, breath phase, tempo beat). */
  label: string;
}

/** Every AnimateItem of the chunk's Parallel, with its start on the speech's clock. */
export function animations(parallel: AplCommand): Animation[] {
  const found: Animation[] = [];
  for (const track of parallel.commands as AplCommand[]) {
    if (track.type !== 'Sequential') continue;
    let cursor = 0;
    let label = '';
    for (const c of track.commands as AplCommand[]) {
      cursor += Number(c.delay ?? 0);
      if (c.type === 'SetValue' && (c.property === 'timerLabel' || c.property === 'beat'))
        label = String(c.value);
      if (c.type === 'AnimateItem') {
        const duration = Number(c.duration);
        found.push({
          componentId: String(c.componentId),
          start: cursor / 1000,
          seconds: duration / 1000,
          label,
        });
        cursor += duration;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
