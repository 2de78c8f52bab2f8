/**
 * `--speak`: renders an answer's SSML with espeak-ng (which honours <break> and prosody rate),
 * then plays the WAV with sox's `play` when there is one, or prints where the WAV is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const InstallHint = 'espeak-ng is not installed: sudo apt-get install espeak-ng sox';

function has(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** Speaks SSML; returns a line to show (the WAV path, or why nothing played). */
export type Speaker = (ssml: string) => string | undefined;

export function createSpeaker(locale: string): Speaker {
  if (!has('espeak-ng')) return () => InstallHint;
  const canPlay = has('play');
  const dir = mkdtempSync(join(tmpdir(), 'back-stretch-coach-'));
  const voice = locale.toLowerCase().startsWith('en-gb') ? 'en-gb' : locale.slice(0, 2);
  let count = 0;
  return (ssml) => {
    count += 1;
    const wav = join(dir, `answer-${count}.wav`);
    // espeak-ng ignores amazon:* tags and audio; the words and the pauses are what matter here.
    const render = spawnSync('espeak-ng', ['-m', '-v', voice, '-w', wav, ssml], {
      encoding: 'utf8',
    });
    if (render.status !== 0) return `espeak-ng failed: ${render.stderr.trim()}`;
    if (canPlay && spawnSync('play', ['-q', wav], { stdio: 'ignore' }).status === 0)
      return undefined;
    return `audio: ${wav}`;
  };
}
