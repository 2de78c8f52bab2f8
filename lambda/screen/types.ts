/** The typed data an Echo Show document binds to (`payload.screen`, `payload.narration`). */
import type { TouchEvent } from '../ids';

/** One document per activity type, and two between activities. */
export type ScreenKind = 'hold' | 'tempo' | 'breathing' | 'next' | 'finish';

export interface ScreenButton {
  label: string;
  event: TouchEvent;
}

/** `payload.screen`: every word on the screen, already in the user's language. */
export interface ScreenData {
  /** "exercise" while the part plays; "after" once it is over (next part, finish, paused). */
  view: 'exercise' | 'after';
  /** Quiet mode: dimmed colours. */
  quiet: boolean;
  title: string;
  /** "Bedside morning routine: exercise 2 of 5 · about 7 minutes left" (may be empty). */
  progress: string;
  /** The step shown before the first one is read. */
  step: string;
  /** Touch targets while the part plays (next, pause, repeat). */
  buttons: ScreenButton[];
  /** For TV, which has no touch: what to say instead. */
  labels: { sayHint: string };
  after: { headline: string; detail: string; buttons: ScreenButton[] };
}

/** `payload.narration`: the answer's speech, made speakable by the ssmlToSpeech transformer. */
export interface NarrationSource {
  type: 'object';
  properties: { before: string; chunk: string; after: string };
  transformers: Array<{ inputPath: string; outputName: string; transformer: 'ssmlToSpeech' }>;
}

export interface ScreenSources {
  screen: ScreenData;
  narration: NarrationSource;
}

/** The words the schedule's commands put on screen, from i18n and content. */
export interface ScheduleWords {
  step(part: 'setup' | 'movement', index: number): string;
  counter(kind: 'set' | 'rep' | 'cycle', n: number, of: number): string;
  side(side: 1 | 2): string;
  timer(timer: 'hold' | 'move' | 'rest'): string;
  breath(phase: 'in' | 'holdIn' | 'out' | 'holdOut'): string;
  tempo(index: number): string;
}
