/**
 * The audio library this deployment uses, from the environment, built on first use (a turn
 * that plays no audio never loads it):
 *   AUDIO_BUCKET      Polly renders, S3 keeps the files (the cloud; see infra/)
 *   AUDIO_BASE_URL    espeak-ng renders into DATA_DIR/audio, served from that address (the console)
 *   neither           no hands-free audio: devices hear why and go turn by turn
 *
 * Every engine and store is required here, not imported: they load node:child_process (with
 * net and streams), node:fs/promises and the AWS SDK, about 10 ms of a cold start that a launch
 * never needs.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { join } from 'node:path';
import type { AudioLibrary } from './library';

export function audioFromEnv(env: NodeJS.ProcessEnv = process.env): AudioLibrary | undefined {
  if (env.AUDIO_BUCKET) {
    const { cloudLibrary } = require('./cloud') as typeof import('./cloud');
    return cloudLibrary(env);
  }
  if (!env.AUDIO_BASE_URL) return undefined;
  const { AudioLibrary } = require('./library') as typeof import('./library');
  const { EspeakEngine } = require('./espeak-engine') as typeof import('./espeak-engine');
  const { LocalAudioStore } = require('./local-store') as typeof import('./local-store');
  const dir = join(env.DATA_DIR || '.data', 'audio');
  return new AudioLibrary(new EspeakEngine(), new LocalAudioStore(dir, () => env.AUDIO_BASE_URL!));
}
