/**
 * Parts as files under DATA_DIR/audio, served by the console's small HTTP server (whose
 * address the console sets in AUDIO_BASE_URL once it listens).
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AudioStore, PartInfo } from './store';

export class LocalAudioStore implements AudioStore {
  constructor(
    readonly dir: string,
    private readonly baseUrl: () => string,
  ) {}

  has(key: string): Promise<boolean> {
    return Promise.resolve(existsSync(join(this.dir, `${key}.mp3`)));
  }

  async put(key: string, mp3: Buffer, info: PartInfo): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${key}.json`), JSON.stringify(info));
    // Written aside and renamed: a device never fetches half a file.
    const tmp = join(this.dir, `${key}.mp3.${process.pid}.tmp`);
    await writeFile(tmp, mp3);
    await rename(tmp, join(this.dir, `${key}.mp3`));
  }

  url(key: string): Promise<string> {
    return Promise.resolve(`${this.baseUrl().replace(/\/$/, '')}/audio/${key}.mp3`);
  }
}
