/**
 * A device's audio player, simulated: it takes AudioPlayer directives from the skill's
 * answers, plays (in fast-forward, or in real time through a clock the caller moves), and
 * sends the lifecycle requests a real Echo sends: PlaybackStarted, PlaybackNearlyFinished
 * (which the skill answers with an ENQUEUE), PlaybackFinished, PlaybackStopped. The tests'
 * device and the console share it.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { audioPlayerRequest, type Conversation, type PlayerState } from './envelopes';

export interface PlayItem {
  token: string;
  url: string;
  offsetMs: number;
  title?: string;
  subtitle?: string;
}

/** What the device learns by fetching a stream: its length, and (locally) what it says. */
export interface Loaded {
  seconds: number;
  phrases?: string[];
}

export interface PlayerHost {
  /** Sends a request outside any session; the player applies the directives in the answer. */
  send(build: (c: Conversation) => RequestEnvelope): Promise<ResponseEnvelope | undefined>;
  /** Fetches the stream as a device would. */
  load(url: string): Promise<Loaded>;
  /** A line for whoever watches (the console prints it). */
  note?(event: PlayerNote): void;
}

export type PlayerNote =
  | { kind: 'started'; item: PlayItem; loaded: Loaded }
  | { kind: 'finished'; item: PlayItem }
  | { kind: 'stopped'; item: PlayItem; offsetMs: number }
  | { kind: 'enqueued'; item: PlayItem }
  | { kind: 'failed'; item: PlayItem; error: string };

interface Directive {
  type: string;
  playBehavior?: string;
  audioItem?: {
    stream: { url: string; token: string; offsetInMilliseconds: number };
    metadata?: { title?: string; subtitle?: string };
  };
}

export class PlayerSim {
  private current?: PlayItem & { positionMs: number; durationMs: number; started: boolean };
  private queue: PlayItem[] = [];
  private last?: PlayerState;

  constructor(private readonly host: PlayerHost) {}

  /** What the device reports in `context.AudioPlayer`. */
  get state(): PlayerState | undefined {
    if (this.current)
      return {
        token: this.current.token,
        offsetInMilliseconds: Math.round(this.current.positionMs),
        playerActivity: 'PLAYING',
      };
    return this.last;
  }

  get playing(): boolean {
    return this.current !== undefined;
  }

  /** Applies the AudioPlayer directives of an answer. */
  async apply(response: ResponseEnvelope | undefined): Promise<void> {
    for (const d of (response?.response.directives ?? []) as Directive[]) {
      if (d.type === 'AudioPlayer.Stop') await this.stop();
      if (d.type !== 'AudioPlayer.Play' || !d.audioItem) continue;
      const item: PlayItem = {
        token: d.audioItem.stream.token,
        url: d.audioItem.stream.url,
        offsetMs: d.audioItem.stream.offsetInMilliseconds,
        ...(d.audioItem.metadata?.title ? { title: d.audioItem.metadata.title } : {}),
        ...(d.audioItem.metadata?.subtitle ? { subtitle: d.audioItem.metadata.subtitle } : {}),
      };
      if (d.playBehavior === 'ENQUEUE') {
        this.queue.push(item);
        this.host.note?.({ kind: 'enqueued', item });
      } else {
        // REPLACE_ALL: what plays stops (and says so), the queue is dropped.
        if (this.current) await this.stop();
        this.queue = [];
        await this.begin(item);
      }
    }
  }

  /**
   * Plays for `ms` of audio (Infinity: to the end of the queue), sending the events it passes.
   * Returns the milliseconds actually played.
   */
  async advance(ms: number): Promise<number> {
    let left = ms;
    while (this.current && left > 0) {
      const c = this.current;
      const step = Math.min(left, c.durationMs - c.positionMs);
      c.positionMs += step;
      left -= step;
      if (c.positionMs >= c.durationMs) await this.finish();
    }
    return ms - left;
  }

  private async begin(item: PlayItem): Promise<void> {
    let loaded: Loaded;
    try {
      loaded = await this.host.load(item.url);
    } catch (error) {
      this.host.note?.({ kind: 'failed', item, error: (error as Error).message });
      await this.event('AudioPlayer.PlaybackFailed', item.token, item.offsetMs);
      this.last = {
        token: item.token,
        offsetInMilliseconds: item.offsetMs,
        playerActivity: 'STOPPED',
      };
      return;
    }
    const durationMs = Math.round(loaded.seconds * 1000);
    this.current = {
      ...item,
      positionMs: Math.min(item.offsetMs, durationMs),
      durationMs,
      started: true,
    };
    this.host.note?.({ kind: 'started', item, loaded });
    await this.event('AudioPlayer.PlaybackStarted', item.token, item.offsetMs);
    // Devices ask for the next item once this one is buffered, well before its end.
    if (this.current?.token === item.token)
      await this.event('AudioPlayer.PlaybackNearlyFinished', item.token, item.offsetMs);
  }

  private async finish(): Promise<void> {
    const c = this.current!;
    this.current = undefined;
    this.last = { token: c.token, offsetInMilliseconds: c.durationMs, playerActivity: 'FINISHED' };
    this.host.note?.({ kind: 'finished', item: c });
    await this.event('AudioPlayer.PlaybackFinished', c.token, c.durationMs);
    const next = this.queue.shift();
    if (next) await this.begin(next);
  }

  private async stop(): Promise<void> {
    const c = this.current;
    if (!c) return;
    this.current = undefined;
    const offsetMs = Math.round(c.positionMs);
    this.last = { token: c.token, offsetInMilliseconds: offsetMs, playerActivity: 'STOPPED' };
    this.host.note?.({ kind: 'stopped', item: c, offsetMs });
    await this.event('AudioPlayer.PlaybackStopped', c.token, offsetMs);
  }

  private async event(
    type: Parameters<typeof audioPlayerRequest>[1],
    token: string,
    offsetMs: number,
  ): Promise<void> {
    const response = await this.host.send((c) => audioPlayerRequest(c, type, token, offsetMs));
    await this.apply(response);
  }
}
