/**
 * Renders the bedside morning routine hands-free with espeak-ng and lame into a fresh folder
 * and prints what it rendered. Run by bench/lib/render-cost.ts under `bash -c '...; times'`,
 * which adds the CPU time of espeak-ng and lame (child processes) to node's own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EspeakEngine } from '../../lambda/audio/espeak-engine';
import { planFor } from '../../lambda/audio/hands-free';
import { AudioLibrary } from '../../lambda/audio/library';
import { LocalAudioStore } from '../../lambda/audio/local-store';
import { translatorFor } from '../../lambda/i18n';
import { freshRecord } from '../../lambda/store/defaults';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const library = new AudioLibrary(new EspeakEngine(), new LocalAudioStore(dir, () => 'x'));
  const plan = planFor(
    { kind: 'routine', id: 'bedside-morning' },
    freshRecord(new Date()),
    'en-US',
    translatorFor('en-US'),
    { audio: () => library, voice: 'alexa' },
  )!;
  const started = Date.now();
  await library.ensure(plan.job(0));
  const firstPartMs = Date.now() - started;
  for (const part of plan.parts.slice(1)) await library.ensure(plan.job(part.index));
  const wallMs = Date.now() - started;
  const result = {
    parts: plan.parts.length,
    audioSeconds: library.stats.renderedSeconds,
    firstPartMs,
    wallMs,
  };
  console.log(JSON.stringify(result));
}

void main();
