/**
 * The MP3 splicer: phrases as engines return them (tags, an Info frame, silence around the
 * words) in, one constant-bitrate stream out, each phrase's first sounding frame on the
 * part's absolute frame grid. Made-up frames test the bookkeeping; espeak-ng + LAME phrases,
 * decoded by ffmpeg, test that real streams survive the bit-reservoir re-layout.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EspeakEngine } from '../../lambda/audio/espeak-engine';
import { readHeader } from '../../lambda/audio/mp3/frames';
import { mp3Phrase } from '../../lambda/audio/mp3/phrase';
import { parseWav } from '../../lambda/audio/wav';
import { DecoderDelaySamples, splice } from '../../lambda/audio/mp3/splice';
import type { Segment } from '../../lambda/narration';
import { toneMp3 } from '../support/tone-mp3';
import { audioTools, decodeMp3, probeMp3 } from './support';

const Frame = 576 / 24000;

/** An ID3v2 tag of `body` bytes (size syncsafe), as some encoders put first. */
function id3(body: number): Buffer {
  const tag = Buffer.alloc(10 + body);
  tag.write('ID3', 0, 'latin1');
  tag.set([4, 0, 0, (body >> 21) & 0x7f, (body >> 14) & 0x7f, (body >> 7) & 0x7f, body & 0x7f], 3);
  return tag;
}

/** A LAME-style Info frame: a frame whose side info is followed by the tag, not audio. */
function infoFrame(): Buffer {
  const f = Buffer.alloc(144);
  f.set([0xff, 0xf3, 0x64, 0xc4]);
  f.write('Info', 4 + 9, 'latin1');
  return f;
}

function headersOf(mp3: Buffer) {
  const out = [];
  for (let at = 0, h = readHeader(mp3, 0); h; at += h.length, h = readHeader(mp3, at)) out.push(h);
  return out;
}

describe('MP3 phrases', () => {
  it('skips ID3v2 tags and the Info frame, and finds the sounding frames', () => {
    const p = mp3Phrase(Buffer.concat([id3(300), infoFrame(), toneMp3(0.48)]));
    // toneMp3: 4 silent frames, 20 sounding, 4 silent.
    expect(p.frames).toHaveLength(28);
    expect([p.first, p.last]).toEqual([4, 23]);
    expect(p.seconds).toBeCloseTo(20 * Frame, 6);
    expect(p.format).toEqual({ version: 2, sampleRate: 24000, mono: true });
  });
});

describe('splicing a part', () => {
  const phrase = mp3Phrase(toneMp3(0.5));

  it('writes one CBR stream as long as the plan, each phrase on the absolute grid', () => {
    // 120 phrases 1.01 s apart: rounding each to the frame grid must never add up.
    const segments: Segment[] = [{ kind: 'silence', seconds: 0.1 }];
    for (let i = 0; i < 120; i++) {
      segments.push({ kind: 'speech', text: 'x', seconds: phrase.seconds });
      segments.push({ kind: 'silence', seconds: 1.01 - phrase.seconds });
    }
    const part = splice(segments, () => phrase);
    const planned = 0.1 + 120 * 1.01;
    expect(part.frames).toBe(Math.round(planned / Frame));
    const headers = headersOf(part.mp3);
    expect(headers).toHaveLength(part.frames);
    expect(new Set(headers.map((h) => `${h.bitrate}/${h.sampleRate}/${h.length}`))).toEqual(
      new Set(['48/24000/144']),
    );
    const early = DecoderDelaySamples / 24000;
    part.onsets.forEach((slot, i) => {
      expect(slot).toBe(Math.round((0.1 + i * 1.01 - early) / Frame));
    });
  });

  it('refuses phrases that cannot share one stream', () => {
    const stereo = Buffer.from(toneMp3(0.2));
    for (let at = 0; at < stereo.length; at += 144) stereo[at + 3] = 0x44; // joint stereo
    const other = mp3Phrase(stereo);
    const texts: Segment[] = [
      { kind: 'speech', text: 'a', seconds: 0.5 },
      { kind: 'silence', seconds: 1 },
      { kind: 'speech', text: 'b', seconds: 0.5 },
    ];
    expect(() => splice(texts, (t) => (t === 'a' ? phrase : other))).toThrow(/channels/);
  });
});

const maybe = audioTools ? describe : describe.skip;

maybe('splicing espeak-ng phrases encoded by LAME', () => {
  const dir = mkdtempSync(join(tmpdir(), 'splice-'));
  const engine = new EspeakEngine();
  const style = { locale: 'en-US', rate: 1 };

  it('decodes cleanly as one CBR stream, even with phrases hard against each other', async () => {
    const texts = ['Breathe in.', 'Two.', 'Three.', 'And let go.'];
    const phrases = new Map(
      await Promise.all(
        texts.map(async (t) => [t, mp3Phrase(await engine.speak(t, style))] as const),
      ),
    );
    // Then the same phrases with no silence at all between them: frames must slip, not break.
    const segments: Segment[] = [{ kind: 'silence', seconds: 0.1 }];
    for (const t of texts) {
      segments.push({ kind: 'speech', text: t, seconds: phrases.get(t)!.seconds });
      segments.push({ kind: 'silence', seconds: 1.5 });
    }
    for (const t of texts)
      segments.push({ kind: 'speech', text: t, seconds: phrases.get(t)!.seconds });
    segments.push({ kind: 'silence', seconds: 1 });
    const part = splice(segments, (t) => phrases.get(t)!);
    const file = join(dir, 'part.mp3');
    writeFileSync(file, part.mp3);

    decodeMp3(part.mp3, dir, 'decoded'); // throws on any decoder complaint
    const probe = probeMp3(file);
    expect(new Set(probe.sizes)).toEqual(new Set([144]));
    expect(probe).toMatchObject({ sampleRate: 24000, bitRate: 48000, channels: 1 });
    const planned = segments.reduce((s, x) => s + x.seconds, 0);
    expect(Math.abs(probe.seconds - planned)).toBeLessThanOrEqual(2 * Frame);
  });

  it('reads LAME output with an ID3v2 tag as the same phrase', async () => {
    const mp3 = await engine.speak('Hold, and keep breathing.', style);
    const tagged = Buffer.concat([id3(1000), mp3]);
    const [a, b] = [mp3Phrase(mp3), mp3Phrase(tagged)];
    expect([b.first, b.last, b.frames.length]).toEqual([a.first, a.last, a.frames.length]);
    expect(a.first).toBeGreaterThan(0); // espeak-ng's lead-in silence is not the phrase
    expect(a.seconds).toBeGreaterThan(0.8);
    expect(a.seconds).toBeLessThan(2.5);
  });

  it('splices MPEG-1 joint stereo at 44.1 kHz too (two granules, padded frames)', async () => {
    // The same words at CD rate, joint stereo: the other side info layout and frame sizes
    // that alternate 417/418 bytes, as an engine other than Polly might return.
    const wav = execFileSync('espeak-ng', ['-v', 'en-us', '--stdout', 'Breathe in slowly.']);
    const { rate, samples } = parseWav(wav);
    const stereo = new Int16Array(samples.length * 2).map((_, i) => samples[i >> 1]);
    const mp3 = execFileSync(
      'lame',
      [
        ...['--quiet', '-r', '-s', String(rate / 1000), '--bitwidth', '16', '--signed'],
        ...['--little-endian', '--resample', '44.1', '-m', 'j', '-b', '128', '--cbr', '-', '-'],
      ],
      { input: Buffer.from(stereo.buffer) },
    );
    const phrase = mp3Phrase(mp3);
    expect(phrase.format).toEqual({ version: 1, sampleRate: 44100, mono: false });
    const segments: Segment[] = [{ kind: 'silence', seconds: 0.1 }];
    for (let i = 0; i < 3; i++) {
      segments.push({ kind: 'speech', text: 'x', seconds: phrase.seconds });
      segments.push({ kind: 'silence', seconds: 0.7 });
    }
    const part = splice(segments, () => phrase);
    const file = join(dir, 'stereo.mp3');
    writeFileSync(file, part.mp3);
    decodeMp3(part.mp3, dir, 'stereo-decoded');
    const probe = probeMp3(file);
    expect(new Set(probe.sizes)).toEqual(new Set([417, 418]));
    expect(probe).toMatchObject({ sampleRate: 44100, bitRate: 128000, channels: 2 });
    const planned = segments.reduce((sum, x) => sum + x.seconds, 0);
    expect(Math.abs(probe.seconds - planned)).toBeLessThanOrEqual(2 * (1152 / 44100));
  });
});
