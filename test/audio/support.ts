/** Shared helpers for the hands-free audio tests: tools present, plans, decoding, measuring. */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audioPlan, type AudioPlanOptions } from '../../lambda/audio/routine-audio';
import type { PhraseStyle } from '../../lambda/audio/engine';
import { DefaultPreferences, type Preferences } from '../../lambda/narration';
import { phrasesFor } from '../narration/support';

const has = (cmd: string, arg = '--version') =>
  spawnSync(cmd, [arg], { stdio: 'ignore' }).error === undefined;

/** espeak-ng, lame and ffmpeg: what local rendering and measuring need. */
export const audioTools = has('espeak-ng') && has('lame') && has('ffmpeg', '-version');
if (!audioTools)
  console.warn(
    'espeak-ng, lame or ffmpeg missing: hands-free render tests SKIPPED (apt-get install -y espeak-ng lame ffmpeg)',
  );

export function planOptions(
  voiceFor: (s: PhraseStyle) => string,
  prefs: Partial<Preferences> = {},
  locale = 'en-US',
): AudioPlanOptions {
  return {
    prefs: { ...DefaultPreferences, ...prefs },
    locale,
    voice: 'espeak',
    phrases: phrasesFor(locale),
    // A new user's narration, as the skill plans it: first-time cautions included.
    sessions: {},
    closing: ["That's the routine done."],
    voiceFor,
  };
}

export { audioPlan };

/**
 * Decodes an MP3 to a mono WAV at `rate`. Throws on any complaint from the decoder (a frame
 * reading main data that isn't there, a broken header): a spliced file must decode cleanly.
 */
export function decodeMp3(mp3: Buffer, dir: string, name: string, rate = 22050): string {
  const src = join(dir, `${name}.mp3`);
  const out = join(dir, `${name}.wav`);
  writeFileSync(src, mp3);
  const run = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-y', '-i', src, '-ac', '1', '-ar', String(rate), out],
    { encoding: 'utf8' },
  );
  if (run.status !== 0 || run.stderr.trim()) throw new Error(`ffmpeg: ${run.stderr}`);
  return out;
}

export interface Probe {
  /** Every frame's size in bytes. */
  sizes: number[];
  sampleRate: number;
  bitRate: number;
  channels: number;
  seconds: number;
}

/** What ffprobe sees in an MP3 file. */
export function probeMp3(file: string): Probe {
  const json = execFileSync('ffprobe', [
    ...['-v', 'error', '-of', 'json', '-show_entries'],
    ...['frame=pkt_size:stream=sample_rate,bit_rate,channels:format=duration', file],
  ]).toString();
  const parsed = JSON.parse(json) as {
    frames: Array<{ pkt_size: string }>;
    streams: Array<{ sample_rate: string; bit_rate: string; channels: number }>;
    format: { duration: string };
  };
  const [stream] = parsed.streams;
  return {
    sizes: parsed.frames.map((f) => Number(f.pkt_size)),
    sampleRate: Number(stream.sample_rate),
    bitRate: Number(stream.bit_rate),
    channels: stream.channels,
    seconds: Number(parsed.format.duration),
  };
}
