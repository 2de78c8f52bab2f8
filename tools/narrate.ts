/**
 * `npm run narrate -- <routine-or-exercise-id> [--locale L] [--voice alexa|espeak] [--json]
 * [--render DIR]`: the narration as chunks of SSML with their planned timeline, and optionally
 * as WAV files rendered with espeak-ng, measured against the plan.
 *
 * The espeak helpers live in tools/lib/espeak.ts; they are re-exported here because the bench
 * and older scripts import them from this file.
 */
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
import { ensureDir } from './lib/ensure-dir';
import { hasEspeak, renderWav, wavSeconds } from './lib/espeak';

export {
  espeakVoiceFor,
  forEspeak,
  hasEspeak,
  readWav,
  renderWav,
  renderWavAsync,
  speechSpans,
  wavSeconds,
} from './lib/espeak';

interface Args {
  id: string;
  locale: string;
  voice: Voice;
  json: boolean;
  render?: string;
  prefs: Preferences;
  /** Sessions the listener has finished of every exercise: 0 is a new user's first run. */
  sessions?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    id: '',
    locale: 'en-US',
    voice: 'alexa',
    json: false,
    prefs: { ...DefaultPreferences },
    sessions: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--locale') args.locale = argv[++i] ?? args.locale;
    else if (flag === '--voice') args.voice = argv[++i] === 'espeak' ? 'espeak' : 'alexa';
    else if (flag === '--json') args.json = true;
    else if (flag === '--render') args.render = argv[++i];
    else if (flag === '--pace') args.prefs.pace = argv[++i] as Preferences['pace'];
    else if (flag === '--hold-scale') args.prefs.holdScale = Number(argv[++i]);
    else if (flag === '--flare') args.prefs.gentle = true;
    else if (flag === '--quiet') args.prefs.quiet = true;
    else if (flag === '--sessions') args.sessions = Number(argv[++i]);
    else if (flag === '--no-progress') args.sessions = undefined;
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
  const n = args.sessions;
  // Every exercise finished n times (a Proxy answers any id), as the skill would count them.
  const sessions =
    n === undefined ? undefined : new Proxy<Record<string, number>>({}, { get: () => n });
  const options = { prefs: args.prefs, locale: args.locale, voice: args.voice, phrases, sessions };
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
  if (args.render) ensureDir(args.render);
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

if (require.main === module) {
  try {
    main();
  } catch (error) {
    // A wrong id or an unusable folder is the user's to fix: the message, not a stack trace.
    console.error(`narrate: ${(error as Error).message}`);
    process.exit(2);
  }
}
