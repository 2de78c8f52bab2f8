/**
 * The audio library this deployment uses, from the environment, built on first use (a turn
 * that plays no audio never loads it):
 *   AUDIO_BUCKET      Polly renders, S3 keeps the files (the cloud; see infra/)
 *   AUDIO_BASE_URL    espeak-ng renders into DATA_DIR/audio, served from that address (the console)
 *   neither           no hands-free audio: devices hear why and go turn by turn
 */
import { join } from 'node:path';
import { EspeakEngine } from './espeak-engine';
import { AudioLibrary } from './library';
import { LocalAudioStore } from './local-store';

export function audioFromEnv(env: NodeJS.ProcessEnv = process.env): AudioLibrary | undefined {
  if (env.AUDIO_BUCKET) {
    // Required here, not imported: the AWS SDK clients stay out of cold starts that play nothing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { cloudLibrary } = require('./cloud') as typeof import('./cloud');
    return cloudLibrary(env);
  }
  if (!env.AUDIO_BASE_URL) return undefined;
  const dir = join(env.DATA_DIR || '.data', 'audio');
  return new AudioLibrary(new EspeakEngine(), new LocalAudioStore(dir, () => env.AUDIO_BASE_URL!));
}
