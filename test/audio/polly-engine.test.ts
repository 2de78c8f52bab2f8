/**
 * The Polly engine's requests, checked against a mocked Polly client (no local Polly exists):
 * a neural voice per locale, the standard voice where quiet mode whispers, PCM at 16 kHz,
 * SSML with the pace and quiet mode around escaped text. Then the engine behind the library:
 * a part rendered from Polly's PCM.
 */
import { PollyClient, SynthesizeSpeechCommand } from '@aws-sdk/client-polly';
import { mockClient } from 'aws-sdk-client-mock';
import { AudioLibrary } from '../../lambda/audio/library';
import { MemoryAudioStore } from '../../lambda/audio/memory-store';
import { PollyEngine, PollyVoices } from '../../lambda/audio/polly-engine';
import { toWav } from '../../lambda/audio/wav';
import { Locales } from '../../lambda/ids';
import { audioPlan, planOptions } from './support';

const polly = mockClient(PollyClient);

/** Half a second of tone per phrase, with silence around it as Polly leaves. */
function pcm(): { AudioStream: { transformToByteArray(): Promise<Uint8Array> } } {
  const samples = new Int16Array(16000);
  samples.fill(6000, 4000, 12000);
  const bytes = new Uint8Array(samples.buffer);
  return { AudioStream: { transformToByteArray: () => Promise.resolve(bytes) } };
}

beforeEach(() => {
  polly.reset();
  polly.on(SynthesizeSpeechCommand).resolves(pcm() as never);
});

describe('Polly engine', () => {
  it.each(Locales.map((l) => [l]))(
    'asks for a neural voice in %s, as 16 kHz PCM from SSML',
    async (locale) => {
      const engine = new PollyEngine(new PollyClient({ region: 'eu-west-1' }));
      const samples = await engine.speak('Hold & breathe.', { locale, rate: 1 });
      const input = polly.commandCalls(SynthesizeSpeechCommand)[0].args[0].input;
      expect(input).toEqual({
        Engine: 'neural',
        VoiceId: PollyVoices[locale].neural,
        OutputFormat: 'pcm',
        SampleRate: '16000',
        TextType: 'ssml',
        Text: '<speak>Hold &amp; breathe.</speak>',
      });
      // Trimmed to the sound: the silence Polly leaves around a phrase is not the phrase.
      expect(samples.length).toBe(8000);
    },
  );

  it('whispers with the standard voice, since neural voices cannot', async () => {
    const engine = new PollyEngine(new PollyClient({ region: 'eu-west-1' }));
    await engine.speak('Breathe in.', { locale: 'en-AU', rate: 0.9, quiet: 'whispered' });
    expect(polly.commandCalls(SynthesizeSpeechCommand)[0].args[0].input).toMatchObject({
      Engine: 'standard',
      VoiceId: 'Nicole',
      Text: '<speak><amazon:effect name="whispered"><prosody rate="90%">Breathe in.</prosody></amazon:effect></speak>',
    });
    expect(engine.voiceFor({ locale: 'en-AU', rate: 1, quiet: 'whispered' })).toBe(
      'polly:standard:Nicole',
    );
  });

  it('speaks softly with the neural voice where whispering is not confirmed', async () => {
    const engine = new PollyEngine(new PollyClient({ region: 'eu-west-1' }));
    await engine.speak('Breathe out.', { locale: 'es-MX', rate: 1, quiet: 'soft' });
    expect(polly.commandCalls(SynthesizeSpeechCommand)[0].args[0].input).toMatchObject({
      Engine: 'neural',
      VoiceId: 'Mia',
      Text: '<speak><prosody volume="soft">Breathe out.</prosody></speak>',
    });
  });

  it('renders a part from Polly phrases once, and counts the billed characters', async () => {
    const engine = new PollyEngine(new PollyClient({ region: 'eu-west-1' }));
    const library = new AudioLibrary(engine, new MemoryAudioStore(), (s, r) =>
      Promise.resolve(toWav(s, r)),
    );
    const plan = audioPlan(
      { kind: 'exercise', id: 'pelvic-tilt-in-bed' },
      planOptions((s) => library.voiceFor(s)),
    )!;
    await library.ensure(plan.job(0));
    const calls = polly.commandCalls(SynthesizeSpeechCommand).length;
    const spoken = new Set(
      plan.parts[0].segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : [])),
    );
    // Each distinct phrase once (the measured plan may merge or add one or two).
    expect(calls).toBeGreaterThanOrEqual(spoken.size - 2);
    expect(calls).toBeLessThanOrEqual(spoken.size + 2);
    expect(engine.characters).toBeGreaterThan(100);
    await library.ensure(plan.job(0));
    expect(polly.commandCalls(SynthesizeSpeechCommand)).toHaveLength(calls);
  });
});
