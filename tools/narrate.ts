/**
 * `npm run narrate -- <routine-or-exercise-id> [--locale L] [--voice alexa|espeak] [--json]
 * [--render DIR]`: the narration as chunks of SSML with their planned timeline, and optionally
 * as WAV files rendered with espeak-ng, measured against the plan.
 *
 * The espeak helpers are exported for the accuracy test and the calibration script.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getExercise, getRoutine } from '../lambda/content';
import { translatorFor } from '../lambda/i18n';
import {
  DefaultPreferences,
  narrateExercise,
  narrateRoutine,
  type Chunk,
  type Phrasebook,
  type Preferences,
  type Voice,
} from '../lambda/narration';

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

/** Writes `body` (SSML without <speak>) as a WAV file. */
export function renderWav(body: string, locale: string, file: string): void {
  execFileSync('espeak-ng', ['-v', espeakVoiceFor(locale), '-m', '-w', file, forEspeak(body)]);
}

/** A WAV file's samples as mono 16-bit PCM (espeak-ng's output format). */
export function readWav(file: string): { rate: number; samples: Int16Array } {
  const buf = readFileSync(file);
  let at = 12;
  let rate = 22050;
  while (at + 8 <= buf.length) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'fmt ') rate = buf.readUInt32LE(at + 12);
    if (id === 'data') {
      // espeak-ng writes 0xFFFFFFFF as the size when streaming; trust the file length then.
      const len = Math.min(size, buf.length - at - 8);
      const copy = buf.subarray(at + 8, at + 8 + len - (len % 2));
      return {
        rate,
        samples: new Int16Array(copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.length)),
      };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
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

interface Args {
  id: string;
  locale: string;
  voice: Voice;
  json: boolean;
  render?: string;
  prefs: Preferences;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    id: '',
    locale: 'en-US',
    voice: 'alexa',
    json: false,
    prefs: { ...DefaultPreferences },
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--locale') args.locale = argv[++i] ?? args.locale;
    else if (flag === '--voice') args.voice = argv[++i] === 'espeak' ? 'espeak' : 'alexa';
    else if (flag === '--json') args.json = true;
    else if (flag === '--render') args.render = argv[++i];
    else if (flag === '--pace') args.prefs.pace = argv[++i] as Preferences['pace'];
    else if (flag === '--hold-scale') args.prefs.holdScale = Number(argv[++i]);
    else if (flag === '--flare') args.prefs.flare = true;
    else if (flag === '--quiet') args.prefs.quiet = true;
    else if (!flag.startsWith('--')) args.id = flag;
  }
  // Rendering measures espeak-ng, so it must be planned with espeak-ng's profile.
  if (args.render) args.voice = 'espeak';
  return args;
}

interface Row {
  stepIndex: number;
  chunk: Chunk;
}

function plan(args: Args): Row[] {
  const t = translatorFor(args.locale);
  const phrases: Phrasebook = (key, vars) => t(key, { ns: 'narration', ...vars });
  const options = { prefs: args.prefs, locale: args.locale, voice: args.voice, phrases };
  const routine = getRoutine(args.id);
  if (routine) {
    return narrateRoutine(routine, getExercise, options).steps.flatMap((s) =>
      s.chunks.map((chunk) => ({ stepIndex: s.stepIndex, chunk })),
    );
  }
  const exercise = getExercise(args.id);
  if (!exercise) throw new Error(`no routine or exercise "${args.id}"`);
  return narrateExercise(exercise, options).map((chunk) => ({ stepIndex: 0, chunk }));
}

function printTimeline(chunk: Chunk): void {
  let t = 0;
  for (const s of chunk.timeline) {
    const what = s.kind === 'speech' ? `say   ${JSON.stringify(s.text)}` : 'quiet';
    console.log(`  ${t.toFixed(2).padStart(7)}s  ${s.seconds.toFixed(2).padStart(5)}s  ${what}`);
    t += s.seconds;
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.id) {
    console.error(
      'usage: npm run narrate -- <routine-or-exercise-id> [--locale L] [--voice alexa|espeak] [--json] [--render DIR] [--pace slower|normal|faster] [--hold-scale N] [--flare] [--quiet]',
    );
    process.exit(2);
  }
  if (args.render && !hasEspeak()) {
    console.error('espeak-ng is not installed: sudo apt-get install -y espeak-ng sox');
    process.exit(1);
  }
  const rows = plan(args);
  if (args.json) {
    const chunks = rows.map(({ stepIndex, chunk }) => ({ stepIndex, ...chunk }));
    process.stdout.write(`${JSON.stringify({ chunks }, null, 2)}\n`);
    return;
  }
  if (args.render) mkdirSync(args.render, { recursive: true });
  let [planned, measured] = [0, 0];
  rows.forEach(({ stepIndex, chunk }, n) => {
    const head = `step ${stepIndex} ${chunk.exerciseId} chunk ${chunk.index + 1}/${chunk.of}`;
    console.log(
      `\n== ${head}: ${chunk.plannedSeconds.toFixed(2)} s planned, ${chunk.characters} chars, covers ${JSON.stringify(chunk.covers)}`,
    );
    if (!args.render) {
      printTimeline(chunk);
      console.log(`  ssml: ${chunk.ssml}`);
      return;
    }
    const file = join(
      args.render,
      `${String(n + 1).padStart(2, '0')}-${chunk.exerciseId}-${chunk.index + 1}.wav`,
    );
    renderWav(chunk.ssml, args.locale, file);
    const secs = wavSeconds(file);
    [planned, measured] = [planned + chunk.plannedSeconds, measured + secs];
    console.log(
      `  ${file}: planned ${chunk.plannedSeconds.toFixed(2)} s, measured ${secs.toFixed(2)} s, off ${(secs - chunk.plannedSeconds).toFixed(2)} s`,
    );
  });
  if (args.render)
    console.log(`\ntotal: planned ${planned.toFixed(2)} s, measured ${measured.toFixed(2)} s`);
}

if (require.main === module) main();
