/**
 * The screen's commands for one answer: the speech and the schedule started together. One
 * Parallel runs the chunk's SpeakItem beside three Sequential tracks (what is said, the timer,
 * the beat), each command placed by a delay so it starts on the timeline's clock. Delays come
 * from times rounded to whole milliseconds on the chunk's clock, so no rounding adds up.
 */
import type { ScheduleWords } from './types';
import type { BeatSpan, ScreenSchedule, StateMark, TimerSpan } from './schedule';

/** An APL command as sent (a plain JSON object). */
export type AplCommand = { type: string } & Record<string, unknown>;

const ms = (seconds: number) => Math.round(seconds * 1000);

function set(property: string, value: unknown): AplCommand {
  return { type: 'SetValue', componentId: 'root', property, value };
}

/** Commands placed on a track: each group starts at its time, the first command carrying the wait. */
function track(groups: Array<{ at: number; commands: AplCommand[]; seconds: number }>): AplCommand {
  const commands: AplCommand[] = [];
  let cursor = 0;
  for (const g of groups) {
    const delay = ms(g.at) - cursor;
    const [first, ...rest] = g.commands;
    commands.push(delay > 0 ? { ...first, delay } : first, ...rest);
    cursor = ms(g.at) + ms(g.seconds);
  }
  return { type: 'Sequential', commands };
}

function animate(
  componentId: string,
  duration: number,
  property: string,
  from: number,
  to: number,
) {
  return {
    type: 'AnimateItem',
    componentId,
    duration,
    easing: property === 'scale' ? 'ease-in-out' : 'linear',
    value: [{ property: 'transform', from: [{ [property]: from }], to: [{ [property]: to }] }],
  };
}

function change(mark: StateMark, words: ScheduleWords): AplCommand {
  switch (mark.kind) {
    case 'step':
      return set('step', words.step(mark.part, mark.index));
    case 'side':
      return set('side', words.side(mark.side));
    default:
      return set('counter', words.counter(mark.kind, mark.n, mark.of));
  }
}

function timerGroup(t: TimerSpan, words: ScheduleWords) {
  const duration = ms(t.at + t.seconds) - ms(t.at);
  return {
    at: t.at,
    seconds: t.seconds,
    commands: [
      set('timerLabel', words.timer(t.timer)),
      set('timerEnd', `\${elapsedTime + ${duration}}`),
      set('timerOn', true),
      animate('timerBar', duration, 'scaleX', 1, 0),
      set('timerOn', false),
    ],
  };
}

/** Circle sizes per breath phase: it grows over the inhale and shrinks over the exhale. */
const Circle = { in: [0.55, 1], holdIn: [1, 1], out: [1, 0.55], holdOut: [0.55, 0.55] } as const;

function beatGroup(b: BeatSpan, words: ScheduleWords) {
  const duration = ms(b.at + b.seconds) - ms(b.at);
  const label = b.kind === 'breath' ? words.breath(b.phase) : words.tempo(b.index);
  const motion =
    b.kind === 'breath'
      ? animate('breathCircle', duration, 'scale', Circle[b.phase][0], Circle[b.phase][1])
      : animate('beatBar', duration, 'scaleX', 0, 1);
  return {
    at: b.at,
    seconds: b.seconds,
    commands: [set('beat', label), set('phaseStart', '${elapsedTime}'), motion],
  };
}

/** The chunk spoken with its schedule: what runs between the speech before and after it. */
export function scheduleCommands(schedule: ScreenSchedule, words: ScheduleWords): AplCommand {
  const tracks = [
    track(
      schedule.changes.map((c) => ({ at: c.at, seconds: 0, commands: [change(c.mark, words)] })),
    ),
    track(schedule.timers.map((t) => timerGroup(t, words))),
    track(schedule.beats.map((b) => beatGroup(b, words))),
  ].filter((t) => (t.commands as AplCommand[]).length > 0);
  return {
    type: 'Parallel',
    commands: [{ type: 'SpeakItem', componentId: 'sayChunk' }, ...tracks],
  };
}

/** The whole answer: speech before, the chunk with its schedule, the view after, speech after. */
export function answerCommands(
  chunk: AplCommand | undefined,
  speech: { before: boolean; after: boolean },
): AplCommand[] {
  const commands: AplCommand[] = [];
  if (speech.before) commands.push({ type: 'SpeakItem', componentId: 'sayBefore' });
  if (chunk) commands.push(chunk, set('view', 'after'), set('beat', ''), set('counter', ''));
  if (speech.after) commands.push({ type: 'SpeakItem', componentId: 'sayAfter' });
  return [{ type: 'Sequential', commands }];
}
