/**
 * The Polly engine's requests, checked against a mocked Polly client (no local Polly exists):
 * a neural voice per locale, the standard voice where quiet mode whispers, MP3 at 24 kHz
 * for both, SSML with the pace and quiet mode around escaped text. Then the engine behind the
 * library: a part spliced from Polly-shaped MP3 (made-up frames; real ones in mp3-splice).
 */
import { PollyClient, SynthesizeSpeechCommand } from '@aws-sdk/client-polly';
import { mockClient } from 'aws-sdk-client-mock';
import { AudioLibrary } from '../../lambda/audio/library';
import { MemoryAudioStore } from '../../lambda/audio/memory-store';
import { PollyEngine, PollyVoices } from '../../lambda/audio/polly-engine';
import { readHeader } from '../../lambda/audio/mp3/frames';
import { Locales } from '../../lambda/ids';
import { toneMp3 } from '../support/tone-mp3';
import { audioPlan, planOptions } from './support';

const polly = mockClient(PollyClient);

/** Half a second of "speech" per phrase, with silence around it as Polly leaves. */
function mp3(): { AudioStream: { transformToByteArray(): Promise<Uint8Array> } } {
  const bytes = new Uint8Array(toneMp3(0.5));
  return { AudioStream: { transformToByteArray: () => Promise.resolve(bytes) } };
}

beforeEach(() => {
  polly.reset();
  polly.on(SynthesizeSpeechCommand).resolves(mp3() as never);
});

describe('Polly engine', () => {
  it.each(Locales.map((l) => [l]))(
    'asks for a neural voice in %s, as 24 kHz MP3 from SSML',
    async (locale) => {
      const engine = new PollyEngine(new PollyClient({ region: 'eu-west-1' }));
      const audio = await engine.speak('Hold & breathe.', { locale, rate: 1 });
      const input = polly.commandCalls(SynthesizeSpeechCommand)[0].args[0].input;
      expect(input).toEqual({
        Engine: 'neural',
        VoiceId: PollyVoices[locale].neural,
        OutputFormat: 'mp3',
        SampleRate: '24000',
        TextType: 'ssml',
        Text: '<speak>Hold &amp; breathe.</speak>',
      });
      // Polly's bytes as they came: the splicer finds the sound in them.
      expect(audio).toEqual(toneMp3(0.5));
    },
  );

  it('whispers with the standard voice, since neural voices cannot, at the same 24 kHz', async () => {
    const engine = new PollyEngine(new PollyClient({ region: 'eu-west-1' }));
    await engine.speak('Breathe in.', { locale: 'en-AU', rate: 0.9, quiet: 'whispered' });
    expect(polly.commandCalls(SynthesizeSpeechCommand)[0].args[0].input).toMatchObject({
      Engine: 'standard',
      VoiceId: 'Nicole',
      OutputFormat: 'mp3',
      // Standard voices default to 22050 Hz; asked for 24 kHz they splice with neural parts.
      SampleRate: '24000',
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
    const store = new MemoryAudioStore();
    const library = new AudioLibrary(engine, store);
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
    // The part is Polly's own frames re-laid: MPEG-2 Layer III, 24 kHz, 48 kbps, throughout.
    const file = store.files.get(plan.parts[0].key)!;
    const header = readHeader(file.mp3, 0)!;
    expect(header).toMatchObject({ version: 2, sampleRate: 24000, bitrate: 48, mono: true });
    expect(file.mp3.length).toBe(Math.round(file.info.seconds / 0.024) * header.length);
  });
});
