/**
 * Hands-free audio for dialog tests: a stand-in speech engine (made-up MP3 frames as long as
 * the text would take to say) and parts kept in memory. Real rendering (espeak-ng, lame) has
 * its own tests in test/audio; dialog tests need the files to exist and to have a length.
 */
import type { PhraseStyle, SpeechEngine } from '../../lambda/audio/engine';
import { AudioLibrary } from '../../lambda/audio/library';
import { MemoryAudioStore } from '../../lambda/audio/memory-store';
import type { Loaded } from '../../tools/lib/player-sim';
import { toneMp3 } from './tone-mp3';

export class ToneEngine implements SpeechEngine {
  spoken = 0;

  voiceFor(style: PhraseStyle): string {
    return `tone:${style.locale}${style.quiet ? `:${style.quiet}` : ''}`;
  }

  speak(text: string): Promise<Buffer> {
    this.spoken += 1;
    // About 14 characters a second, like a calm voice.
    return Promise.resolve(toneMp3(Math.max(0.2, text.length * 0.07)));
  }
}

export interface TestAudio {
  library: AudioLibrary;
  store: MemoryAudioStore;
  engine: ToneEngine;
  load(url: string): Promise<Loaded>;
}

export function testAudio(): TestAudio {
  const engine = new ToneEngine();
  const store = new MemoryAudioStore();
  const library = new AudioLibrary(engine, store);
  return {
    library,
    store,
    engine,
    load: (url) => {
      const key = /\/audio\/([0-9a-f]+)\.mp3$/.exec(url)?.[1] ?? '';
      const file = store.files.get(key);
      return file ? Promise.resolve(file.info) : Promise.reject(new Error(`404 ${url}`));
    },
  };
}
