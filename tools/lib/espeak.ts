/**
 * espeak-ng as a stand-in for Alexa's voice: render narration SSML to a WAV, read its length,
 * find where it is audible. Rendering is offline (espeak-ng writes the file as fast as it can,
 * not in real time), so what is measured does not depend on how loaded the machine is; only
 * how long it takes does. Used by `npm run narrate -- --render`, the espeak accuracy test,
 * the calibration script and the bench.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { parseWav } from '../../lambda/audio/wav';

/** espeak-ng voice per language: one voice each, the one the rate profile was fitted on. */
export function espeakVoiceFor(locale: string): string {
  const lang = locale.slice(0, 2).toLowerCase();
  return lang === 'de' ? 'de' : lang === 'es' ? 'es' : 'en-us';
}

export function hasEspeak(): boolean {
  return spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** espeak-ng ignores Alexa's own tags' meaning; drop them so only standard SSML remains. */
export function forEspeak(body: string): string {
  return `<speak>${body.replace(/<\/?amazon:[^>]*>/g, '')}</speak>`;
}

function espeakArgs(body: string, locale: string, file: string): string[] {
  return ['-v', espeakVoiceFor(locale), '-m', '-w', file, forEspeak(body)];
}

/** Writes `body` (SSML without <speak>) as a WAV file. */
export function renderWav(body: string, locale: string, file: string): void {
  execFileSync('espeak-ng', espeakArgs(body, locale, file));
}

/** renderWav without blocking the event loop, so a test runner's timers keep running. */
export async function renderWavAsync(body: string, locale: string, file: string): Promise<void> {
  await promisify(execFile)('espeak-ng', espeakArgs(body, locale, file));
}

/** A WAV file's samples as mono 16-bit PCM (espeak-ng's output format). */
export function readWav(file: string): { rate: number; samples: Int16Array } {
  return parseWav(readFileSync(file));
}

export function wavSeconds(file: string): number {
  const { rate, samples } = readWav(file);
  return samples.length / rate;
}

/**
 * Where speech is audible: [start, end] seconds of each burst. A 10 ms frame is speech when its
 * peak passes 2% of full scale; gaps under `mergeGap` (stops and word gaps inside one phrase)
 * join the bursts around them.
 */
export function speechSpans(file: string, mergeGap = 0.2): Array<[number, number]> {
  const { rate, samples } = readWav(file);
  const frame = Math.round(rate / 100);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < samples.length; i += frame) {
    let peak = 0;
    for (let j = i; j < Math.min(i + frame, samples.length); j++)
      peak = Math.max(peak, Math.abs(samples[j]));
    if (peak < 655) continue;
    const [t0, t1] = [i / rate, (i + frame) / rate];
    const last = spans[spans.length - 1];
    if (last && t0 - last[1] < mergeGap) last[1] = t1;
    else spans.push([t0, t1]);
  }
  return spans;
}
