/**
 * The console's audio player: a simulated Echo player (player-sim.ts) that fetches each part
 * from the console's local server, prints a line per part and, with --speak, plays it through
 * sox's `play` in real time. Without --speak it fast-forwards: ten seconds of audio every
 * 50 ms, so a routine takes a few seconds and a typed "pause" still lands mid-part.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Skill } from 'ask-sdk-core';
import { parseToken } from '../../lambda/audio/token';
import type { PartInfo } from '../../lambda/audio/store';
import type { Conversation } from './envelopes';
import { PlayerSim, type Loaded, type PlayerNote } from './player-sim';

export interface ConsolePlayerOptions {
  skill: Skill;
  /** The console's conversation (user, device, locale) as it is now. */
  conversation: () => Conversation;
  out: (line: string) => void;
  speak: boolean;
}

const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export class ConsolePlayer {
  readonly sim: PlayerSim;
  private readonly infos = new Map<string, PartInfo>();
  private playing?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'back-stretch-coach-audio-'));
  private readonly canPlay: boolean;

  constructor(private readonly o: ConsolePlayerOptions) {
    this.canPlay = o.speak && spawnSync('play', ['--version'], { stdio: 'ignore' }).status === 0;
    if (o.speak && !this.canPlay) o.out('   (sox `play` not found: audio fast-forwards instead)');
    this.sim = new PlayerSim({
      send: async (build) => {
        try {
          return await o.skill.invoke(build(this.context()));
        } catch (error) {
          o.out(`   the skill failed: ${(error as Error).message}`);
          return undefined;
        }
      },
      load: (url) => this.load(url),
      note: (n) => this.note(n),
    });
  }

  /** The conversation with the player's state, as every request from this device reports it. */
  context(): Conversation {
    const player = this.sim.state;
    return { ...this.o.conversation(), ...(player ? { player } : {}) };
  }

  /**
   * Plays one step: ten seconds of audio (fast-forward) or the wall-clock time (--speak).
   * Returns the audio time it played.
   */
  async step(): Promise<number> {
    const ms = this.canPlay ? 100 : 10_000;
    await new Promise((r) => setTimeout(r, this.canPlay ? 100 : 50));
    await this.sim.advance(ms);
    return ms;
  }

  /** Lets the device play on for this much audio time, or until it stops (`:wait`). */
  async playFor(ms: number): Promise<void> {
    for (let played = 0; played < ms && this.sim.playing;) played += await this.step();
  }

  private async load(url: string): Promise<Loaded> {
    // What a device does: fetch the stream. The sidecar says what the part says.
    const mp3 = await fetch(url);
    if (!mp3.ok) throw new Error(`${url}: HTTP ${mp3.status}`);
    const bytes = Buffer.from(await mp3.arrayBuffer());
    const info = (await (await fetch(url.replace(/\.mp3$/, '.json'))).json()) as PartInfo;
    this.infos.set(url, info);
    if (this.canPlay) writeFileSync(join(this.dir, 'part.mp3'), bytes);
    return { seconds: info.seconds, phrases: info.phrases };
  }

  private note(n: PlayerNote): void {
    const part = (parseToken(n.item.token)?.part ?? 0) + 1;
    const info = this.infos.get(n.item.url);
    switch (n.kind) {
      case 'started': {
        const from = n.item.offsetMs > 0 ? `, from ${clock(n.item.offsetMs)}` : '';
        const phrases = (info?.phrases ?? []).slice(
          0,
          (info?.phrases.length ?? 0) - (info?.closing?.length ?? 0),
        );
        this.o.out(
          `   ♪ part ${part}: ${n.item.subtitle ?? ''} (${clock(n.loaded.seconds * 1000)}${from}) ${n.item.url}`,
        );
        if (phrases.length) this.o.out(`     "${phrases[0]}" … "${phrases[phrases.length - 1]}"`);
        this.startSound(n.item.offsetMs);
        break;
      }
      case 'enqueued':
        this.o.out(`   (device: PlaybackNearlyFinished; the skill queued part ${part})`);
        break;
      case 'finished':
        this.stopSound();
        if (info?.closing) {
          this.o.out(`A (audio): ${info.closing.join(' ')}`);
          this.o.out('   (playback finished: the routine is done)');
        }
        break;
      case 'stopped':
        this.stopSound();
        this.o.out(
          `   ■ stopped at ${clock(n.offsetMs)} of part ${part} (device: PlaybackStopped)`,
        );
        break;
      case 'failed':
        this.o.out(`   ✗ playback failed: ${n.error} (device: PlaybackFailed)`);
        break;
    }
  }

  private startSound(offsetMs: number): void {
    if (!this.canPlay) return;
    const file = join(this.dir, 'part.mp3');
    this.playing = spawn('play', ['-q', file, 'trim', String(offsetMs / 1000)], {
      stdio: 'ignore',
    });
  }

  private stopSound(): void {
    this.playing?.kill();
    this.playing = undefined;
  }

  close(): void {
    this.stopSound();
  }
}
