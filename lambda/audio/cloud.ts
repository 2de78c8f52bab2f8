/**
 * The cloud's audio library: Polly speaks, S3 keeps the files (AUDIO_BUCKET, AUDIO_PREFIX).
 * Required (not imported) by from-env.ts, so the SDK clients load only when AUDIO_BUCKET is
 * set and a hands-free request arrives: turns that play no audio keep their cold start.
 */
import { PollyClient } from '@aws-sdk/client-polly';
import { S3Client } from '@aws-sdk/client-s3';
import { AudioLibrary } from './library';
import { PollyEngine } from './polly-engine';
import { S3AudioStore } from './s3-store';

export function cloudLibrary(env: NodeJS.ProcessEnv): AudioLibrary {
  const store = new S3AudioStore(new S3Client({}), env.AUDIO_BUCKET!, env.AUDIO_PREFIX ?? 'audio/');
  return new AudioLibrary(new PollyEngine(new PollyClient({})), store);
}
