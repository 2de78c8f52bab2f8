/**
 * The timeline builder: speech and silence with planned seconds. Adjacent speech is merged
 * into one phrase (and re-timed as one), adjacent silences are summed, so the rendered SSML
 * never has two breaks side by side. Marks (what the listener is doing from here on, for a
 * screen) ride along at zero seconds and come out beside the segments, never in them.
 */
import type { Language } from '../ids';
import { speechSeconds } from './rate-profiles';
import { MaxBreakSeconds } from './ssml';
import type { Mark, Phrasebook, Segment, TimedMark, Voice } from './types';

/** Everything the narration pieces need to speak and time. */
export interface NarrationContext {
  lang: Language;
  voice: Voice;
  /** Prosody rate of speech (1 = the voice's own). */
  rate: number;
  /** Multiplier on gaps between steps, from the pace. */
  gapScale: number;
  phrases: Phrasebook;
}

/** A mark in the builder's stream: zero seconds, never spoken. */
export interface MarkPiece {
  kind: 'mark';
  seconds: 0;
  mark: Mark;
}

/** What a timeline is built of: speech, silence and marks. */
export type Piece = Segment | MarkPiece;

export class Timeline {
  /** Speech, silence and marks in order; `timeline()` splits the marks out. */
  readonly segments: Piece[] = [];

  constructor(readonly ctx: NarrationContext) {}

  /**
   * Planned seconds of `text` said next, after `after` (default: the last phrase of this
   * timeline, or the start of a chunk when there is none): a phrase's length depends on the
   * one before it.
   */
  secondsOf(text: string, after = this.lastSpeech()?.text ?? ''): number {
    return speechSeconds(text, this.ctx.lang, this.ctx.voice, this.ctx.rate, after);
  }

  /** Planned seconds of the last phrase said (0 when none). */
  get lastSeconds(): number {
    return this.lastSpeech()?.seconds ?? 0;
  }

  private lastSpeech(
    before = this.segments.length,
  ): Extract<Segment, { kind: 'speech' }> | undefined {
    for (let i = before - 1; i >= 0; i--) {
      const s = this.segments[i];
      if (s.kind === 'speech') return s;
    }
    return undefined;
  }

  say(text: string): this {
    const at = this.segments.length - 1;
    const last = this.segments[at];
    if (last?.kind === 'speech') {
      const joined = `${last.text} ${text}`;
      this.segments[at] = {
        kind: 'speech',
        text: joined,
        seconds: this.secondsOf(joined, this.lastSpeech(at)?.text ?? ''),
      };
    } else if (text.trim()) {
      this.segments.push({ kind: 'speech', text, seconds: this.secondsOf(text) });
    }
    return this;
  }

  /** Says a phrase from the phrasebook. */
  phrase(key: string, vars?: Record<string, string | number>): this {
    return this.say(this.ctx.phrases(key, vars));
  }

  /** What the listener is doing from this point on (for screens); costs no time. */
  mark(mark: Mark): this {
    this.segments.push({ kind: 'mark', seconds: 0, mark });
    return this;
  }

  /** True when the last thing heard is silence (marks aside). */
  get endsInSilence(): boolean {
    return this.trailingSilence() > 0;
  }

  /** Seconds of silence at the end, across marks. */
  private trailingSilence(): number {
    let sum = 0;
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const s = this.segments[i];
      if (s.kind === 'speech') break;
      sum += s.seconds;
    }
    return sum;
  }

  pause(seconds: number): this {
    if (seconds <= 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last?.kind === 'silence') last.seconds += seconds;
    else this.segments.push({ kind: 'silence', seconds });
    return this;
  }

  /**
   * A gap between steps, scaled by the pace. Gaps that meet another silence stop at 10 s in
   * total, so they can never make a break Alexa would cut; holds use pause() and stay exact.
   */
  gap(baseSeconds: number): this {
    const silent = this.trailingSilence();
    const room = silent > 0 ? MaxBreakSeconds - silent : Infinity;
    return this.pause(Math.min(room, baseSeconds * this.ctx.gapScale));
  }

  append(segments: readonly Piece[]): this {
    for (const s of segments) {
      if (s.kind === 'speech') this.say(s.text);
      else if (s.kind === 'mark') this.mark(s.mark);
      else this.pause(s.seconds);
    }
    return this;
  }

  /**
   * The segments as said (silences on either side of a mark joined into one) and the marks
   * with their times on the same clock.
   */
  timeline(): { segments: Segment[]; marks: TimedMark[] } {
    const segments: Segment[] = [];
    const marks: TimedMark[] = [];
    let at = 0;
    for (const s of this.segments) {
      const last = segments[segments.length - 1];
      if (s.kind === 'mark') marks.push({ at, mark: s.mark });
      else if (s.kind === 'silence' && last?.kind === 'silence')
        segments[segments.length - 1] = { kind: 'silence', seconds: last.seconds + s.seconds };
      else segments.push({ ...s });
      at += s.seconds;
    }
    return { segments, marks };
  }

  get seconds(): number {
    return totalSeconds(this.segments);
  }
}

export function totalSeconds(segments: readonly Piece[]): number {
  return segments.reduce((sum, s) => sum + s.seconds, 0);
}
