/**
 * espeak-ng as the local speech engine: no account, no network, the same file on every run.
 * Quiet mode whispers with espeak-ng's whisper variant, or speaks at half volume where Alexa
 * would only lower the volume.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { escapeSsml } from '../narration/ssml';
import { soften, trimSilence, type PhraseStyle, type SpeechEngine } from './engine';
import { parseWav } from './wav';

const run = promisify(execFile);

function baseVoice(locale: string): string {
  const lang = locale.slice(0, 2).toLowerCase();
  return lang === 'de' ? 'de' : lang === 'es' ? 'es' : 'en-us';
}

export class EspeakEngine implements SpeechEngine {
  readonly sampleRate = 22050;

  voiceFor(style: PhraseStyle): string {
    const whisper = style.quiet === 'whispered' ? '+whisper' : '';
    return `espeak-ng:${baseVoice(style.locale)}${whisper}${style.quiet === 'soft' ? ':soft' : ''}`;
  }

  async speak(text: string, style: PhraseStyle): Promise<Int16Array> {
    const voice = baseVoice(style.locale) + (style.quiet === 'whispered' ? '+whisper' : '');
    const body = escapeSsml(text);
    const ssml =
      style.rate === 1
        ? body
        : `<prosody rate="${Math.round(style.rate * 100)}%">${body}</prosody>`;
    const { stdout } = await run(
      'espeak-ng',
      ['-m', '-v', voice, '--stdout', `<speak>${ssml}</speak>`],
      {
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const { rate, samples } = parseWav(stdout);
    if (rate !== this.sampleRate)
      throw new Error(`espeak-ng wrote ${rate} Hz, not ${this.sampleRate}`);
    const trimmed = trimSilence(samples);
    return style.quiet === 'soft' ? soften(trimmed) : trimmed;
  }
}
