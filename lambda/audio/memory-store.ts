/** Parts kept in memory: for tests and the bench, like the memory user store. */
import type { AudioStore, PartInfo } from './store';

export class MemoryAudioStore implements AudioStore {
  readonly files = new Map<string, { mp3: Buffer; info: PartInfo }>();

  constructor(private readonly baseUrl = 'https://audio.example.test') {}

  has(key: string): Promise<boolean> {
    return Promise.resolve(this.files.has(key));
  }

  put(key: string, mp3: Buffer, info: PartInfo): Promise<void> {
    this.files.set(key, { mp3, info });
    return Promise.resolve();
  }

  url(key: string): Promise<string> {
    return Promise.resolve(`${this.baseUrl}/audio/${key}.mp3`);
  }
}
