/**
 * espeak-ng as the local speech engine: no account, no network, the same file on every run.
 * Each phrase goes through LAME into the MP3 Polly would return (24 kHz mono CBR), so the
 * local files are spliced by the very code Lambda runs. Quiet mode whispers with espeak-ng's
 * whisper variant, or speaks at half volume where Alexa would only lower the volume.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { escapeSsml } from '../narration/ssml';
import type { PhraseStyle, SpeechEngine } from './engine';
import { lameMp3 } from './lame';
import { parseWav } from './wav';

const run = promisify(execFile);

function baseVoice(locale: string): string {
  const lang = locale.slice(0, 2).toLowerCase();
  return lang === 'de' ? 'de' : lang === 'es' ? 'es' : 'en-us';
}

/** Soft volume for quiet mode where the voice can't whisper. */
function soften(samples: Int16Array, gain = 0.5): Int16Array {
  return samples.map((s) => Math.round(s * gain));
}

export class EspeakEngine implements SpeechEngine {
  voiceFor(style: PhraseStyle): string {
    const whisper = style.quiet === 'whispered' ? '+whisper' : '';
    return `espeak-ng:${baseVoice(style.locale)}${whisper}${style.quiet === 'soft' ? ':soft' : ''}`;
  }

  async speak(text: string, style: PhraseStyle): Promise<Buffer> {
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
    return lameMp3(style.quiet === 'soft' ? soften(samples) : samples, rate);
  }
}
