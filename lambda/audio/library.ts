/**
 * The audio library: a part's URL, rendering it first if no user has needed it yet. A part is
 * rendered once per key (concurrent asks share one render) and then served from the store to
 * everyone with the same settings.
 */
import type { Segment } from '../narration/types';
import { composeMp3, measuredTimeline, PhraseCache } from './compose';
import type { PhraseStyle, SpeechEngine } from './engine';
import type { AudioStore } from './store';

/** Everything needed to render one part. */
export interface PartJob {
  key: string;
  style: PhraseStyle;
  /** The part's timeline, planned with these measured phrase lengths. */
  plan(lengths: ReadonlyMap<string, number>): Segment[];
  /** The closing sentences when this is the last part. */
  closing?: readonly string[];
}

export interface LibraryStats {
  /** Parts found already rendered. */
  hits: number;
  /** Parts rendered here. */
  renders: number;
  /** Seconds of audio rendered here. */
  renderedSeconds: number;
}

export class AudioLibrary {
  readonly stats: LibraryStats = { hits: 0, renders: 0, renderedSeconds: 0 };
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly cache: PhraseCache;

  constructor(
    readonly engine: SpeechEngine,
    readonly store: AudioStore,
  ) {
    this.cache = new PhraseCache(engine);
  }

  voiceFor(style: PhraseStyle): string {
    return this.engine.voiceFor(style);
  }

  /** The part's URL once its file exists. */
  async ensure(job: PartJob): Promise<string> {
    if (await this.store.has(job.key)) {
      this.stats.hits += 1;
      return this.store.url(job.key);
    }
    let render = this.inFlight.get(job.key);
    if (!render) {
      render = this.render(job).finally(() => this.inFlight.delete(job.key));
      this.inFlight.set(job.key, render);
    }
    await render;
    return this.store.url(job.key);
  }

  /** The measured timeline of a part, as it is in its file (offsets and tests read it). */
  measured(job: PartJob): Promise<Segment[]> {
    return measuredTimeline(job.plan, this.cache, job.style);
  }

  private async render(job: PartJob): Promise<void> {
    const segments = await this.measured(job);
    const { mp3, seconds } = await composeMp3(segments, this.cache, job.style);
    const phrases = segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : []));
    const closing = job.closing?.length ? { closing: [...job.closing] } : {};
    await this.store.put(job.key, mp3, { seconds, phrases, ...closing });
    this.stats.renders += 1;
    this.stats.renderedSeconds += seconds;
  }
}
