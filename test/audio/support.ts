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

/** Decodes an MP3 to a mono WAV at `rate` (ffmpeg drops the encoder's delay). */
export function decodeMp3(mp3: Buffer, dir: string, name: string, rate = 22050): string {
  const src = join(dir, `${name}.mp3`);
  const out = join(dir, `${name}.wav`);
  writeFileSync(src, mp3);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', src, '-ac', '1', '-ar', String(rate), out]);
  return out;
}
