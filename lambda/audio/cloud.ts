/** Polly and S3: the cloud's audio library (see polly-engine.ts and s3-store.ts). */
import { AudioLibrary } from './library';

export function cloudLibrary(env: NodeJS.ProcessEnv): AudioLibrary | undefined {
  void env;
  return undefined;
}
