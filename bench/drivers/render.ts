/**
 * Renders the bedside morning routine hands-free with espeak-ng and lame into a fresh folder
 * and prints what it rendered. Run by bench/lib/render-cost.ts under `bash -c '...; times'`,
 * which adds the CPU time of espeak-ng and lame (child processes) to node's own.
 *
 * Then renders it again from the phrases' MP3 as the engine returned them (no child process,
 * fresh store, fresh phrase cache): planning, finding each phrase's sound and splicing the
 * frames, all in node. That is the CPU Lambda spends per part besides waiting on Polly.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PhraseStyle, SpeechEngine } from '../../lambda/audio/engine';
import { EspeakEngine } from '../../lambda/audio/espeak-engine';
import { planFor } from '../../lambda/audio/hands-free';
import { AudioLibrary } from '../../lambda/audio/library';
import { LocalAudioStore } from '../../lambda/audio/local-store';
import { MemoryAudioStore } from '../../lambda/audio/memory-store';
import { translatorFor } from '../../lambda/i18n';
import { freshRecord } from '../../lambda/store/defaults';

/** The engine's answers, kept: a second render asks no engine at all (as if Polly were instant). */
class Recorded implements SpeechEngine {
  readonly said = new Map<string, Buffer>();
  constructor(private readonly engine: SpeechEngine) {}

  voiceFor(style: PhraseStyle): string {
    return this.engine.voiceFor(style);
  }

  async speak(text: string, style: PhraseStyle): Promise<Buffer> {
    const id = `${this.voiceFor(style)}|${style.rate}|${text}`;
    let mp3 = this.said.get(id);
    if (!mp3) this.said.set(id, (mp3 = await this.engine.speak(text, style)));
    return mp3;
  }
}

function plan(library: AudioLibrary) {
  return planFor(
    { kind: 'routine', id: 'bedside-morning' },
    freshRecord(new Date()),
    'en-US',
    translatorFor('en-US'),
    { audio: () => library, voice: 'alexa' },
  )!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const engine = new Recorded(new EspeakEngine());
  const library = new AudioLibrary(engine, new LocalAudioStore(dir, () => 'x'));
  const first = plan(library);
  const started = Date.now();
  await library.ensure(first.job(0));
  const firstPartMs = Date.now() - started;
  for (const part of first.parts.slice(1)) await library.ensure(first.job(part.index));
  const wallMs = Date.now() - started;

  const again = new AudioLibrary(engine, new MemoryAudioStore());
  const cpu = process.cpuUsage();
  const spliceStarted = Date.now();
  const second = plan(again);
  for (const part of second.parts) await again.ensure(second.job(part.index));
  const used = process.cpuUsage(cpu);
  const bytes = [...(again.store as MemoryAudioStore).files.values()].map((f) => f.mp3.length);
  const result = {
    parts: first.parts.length,
    audioSeconds: library.stats.renderedSeconds,
    firstPartMs,
    wallMs,
    splice: {
      cpuSeconds: (used.user + used.system) / 1e6,
      wallMs: Date.now() - spliceStarted,
      audioSeconds: again.stats.renderedSeconds,
      bytes: bytes.reduce((a, b) => a + b, 0),
    },
  };
  console.log(JSON.stringify(result));
}

void main();
