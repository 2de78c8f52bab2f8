/**
 * Amazon Polly as the cloud speech engine. A neural voice per locale; where quiet mode
 * whispers, that locale's standard voice (neural voices don't whisper). Each phrase comes back
 * as MP3 at 24 kHz: the neural voices' default rate, and one of the rates Polly gives every
 * voice for mp3 (8000, 16000, 22050, 24000), so whispered and spoken parts splice alike. The
 * frames are then measured and spliced exactly like espeak-ng's (mp3/): no encoder on Lambda.
 *
 * Polly bills the characters of the text, not the SSML tags around it.
 */
import {
  SynthesizeSpeechCommand,
  type Engine,
  type PollyClient,
  type VoiceId,
} from '@aws-sdk/client-polly';
import { escapeSsml } from '../narration/ssml';
import { SpeechSampleRate, type PhraseStyle, type SpeechEngine } from './engine';

interface LocaleVoices {
  neural: VoiceId;
  /** A standard voice of the same locale, for whispering. */
  standard: VoiceId;
}

/** Voices per locale; en-CA has no Polly voice of its own and speaks as en-US. */
export const PollyVoices: Record<string, LocaleVoices> = {
  'en-US': { neural: 'Joanna', standard: 'Joanna' },
  'en-CA': { neural: 'Joanna', standard: 'Joanna' },
  'en-GB': { neural: 'Amy', standard: 'Amy' },
  'en-AU': { neural: 'Olivia', standard: 'Nicole' },
  'en-IN': { neural: 'Kajal', standard: 'Raveena' },
  'de-DE': { neural: 'Vicki', standard: 'Vicki' },
  'es-ES': { neural: 'Lucia', standard: 'Lucia' },
  'es-MX': { neural: 'Mia', standard: 'Mia' },
  'es-US': { neural: 'Lupe', standard: 'Lupe' },
};

function voiceOf(style: PhraseStyle): { engine: Engine; voice: VoiceId } {
  const voices = PollyVoices[style.locale] ?? PollyVoices['en-US'];
  return style.quiet === 'whispered'
    ? { engine: 'standard', voice: voices.standard }
    : { engine: 'neural', voice: voices.neural };
}

/** The SSML Polly gets for one phrase: rate and quiet mode around the escaped text. */
export function pollySsml(text: string, style: PhraseStyle): string {
  let body = escapeSsml(text);
  if (style.rate !== 1) body = `<prosody rate="${Math.round(style.rate * 100)}%">${body}</prosody>`;
  if (style.quiet === 'whispered') body = `<amazon:effect name="whispered">${body}</amazon:effect>`;
  if (style.quiet === 'soft') body = `<prosody volume="soft">${body}</prosody>`;
  return `<speak>${body}</speak>`;
}

export class PollyEngine implements SpeechEngine {
  /** Billed characters sent so far (text only, as Polly counts them). */
  characters = 0;

  constructor(private readonly client: PollyClient) {}

  voiceFor(style: PhraseStyle): string {
    const { engine, voice } = voiceOf(style);
    return `polly:${engine}:${voice}${style.quiet === 'soft' ? ':soft' : ''}`;
  }

  async speak(text: string, style: PhraseStyle): Promise<Buffer> {
    const { engine, voice } = voiceOf(style);
    const out = await this.client.send(
      new SynthesizeSpeechCommand({
        Engine: engine,
        VoiceId: voice,
        OutputFormat: 'mp3',
        SampleRate: String(SpeechSampleRate),
        TextType: 'ssml',
        Text: pollySsml(text, style),
      }),
    );
    this.characters += text.length;
    const bytes = await out.AudioStream?.transformToByteArray();
    if (!bytes) throw new Error('Polly returned no audio');
    return Buffer.from(bytes);
  }
}
