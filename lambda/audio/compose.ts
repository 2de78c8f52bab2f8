/**
 * A part's timeline to samples: each phrase is spoken once by the engine and measured, the
 * narration is planned again with those measured lengths (so every silence is sized for the
 * real sound), and each phrase is placed at its exact start, to the sample. A hold in the file
 * is then the hold in the plan.
 */
import type { Segment } from '../narration/types';
import type { PhraseStyle, SpeechEngine } from './engine';

/** The phrases an engine has said, with their samples; shared by every part of a process. */
export class PhraseCache {
  private readonly pcm = new Map<string, Int16Array>();
  private readonly lengthsByStyle = new Map<string, Map<string, number>>();

  constructor(
    private readonly engine: SpeechEngine,
    private readonly maxPhrases = 600,
  ) {}

  /** Measured seconds per phrase for this style (grows as phrases are spoken). */
  lengths(style: PhraseStyle): Map<string, number> {
    const id = this.engine.voiceFor(style) + `@${style.rate}`;
    let map = this.lengthsByStyle.get(id);
    if (!map) this.lengthsByStyle.set(id, (map = new Map()));
    return map;
  }

  async samples(text: string, style: PhraseStyle): Promise<Int16Array> {
    const id = `${this.engine.voiceFor(style)}@${style.rate}|${text}`;
    let samples = this.pcm.get(id);
    if (!samples) {
      samples = await this.engine.speak(text, style);
      if (this.pcm.size >= this.maxPhrases) this.pcm.delete(this.pcm.keys().next().value!);
      this.pcm.set(id, samples);
    }
    this.lengths(style).set(text, samples.length / this.engine.sampleRate);
    return samples;
  }

  async speakAll(texts: readonly string[], style: PhraseStyle, parallel = 4): Promise<void> {
    const queue = [...texts];
    const worker = async () => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) await this.samples(t, style);
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  }
}

/**
 * Plans with measured lengths until every phrase said has been measured (a measured length
 * can change a filler or a merge, which says a new phrase; two or three rounds settle it).
 */
export async function measuredTimeline(
  plan: (lengths: ReadonlyMap<string, number>) => Segment[],
  cache: PhraseCache,
  style: PhraseStyle,
): Promise<Segment[]> {
  const lengths = cache.lengths(style);
  for (let round = 0; round < 6; round++) {
    const segments = plan(lengths);
    const missing = [
      ...new Set(
        segments.flatMap((s) => (s.kind === 'speech' && !lengths.has(s.text) ? [s.text] : [])),
      ),
    ];
    if (missing.length === 0) return segments;
    await cache.speakAll(missing, style);
  }
  throw new Error('hands-free audio: phrase lengths did not settle');
}

/** Places each phrase at its planned start; silence is zeros. */
export async function composeSamples(
  segments: readonly Segment[],
  cache: PhraseCache,
  style: PhraseStyle,
  sampleRate: number,
): Promise<Int16Array> {
  const total = segments.reduce((sum, s) => sum + s.seconds, 0);
  const out = new Int16Array(Math.round(total * sampleRate));
  let at = 0;
  for (const s of segments) {
    if (s.kind === 'speech') {
      const samples = await cache.samples(s.text, style);
      out.set(
        samples.subarray(0, out.length - Math.round(at * sampleRate)),
        Math.round(at * sampleRate),
      );
    }
    at += s.seconds;
  }
  return out;
}
