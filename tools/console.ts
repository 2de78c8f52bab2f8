/**
 * `npm start`: the local voice console. Type what you would say; see what Alexa would say.
 * Wiring only: the same skill the Lambda runs, on the embedded store, through the deployed
 * interaction model. How a turn is sent lives in lib/console-session.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Locales } from '../lambda/ids';
import { estimateSsmlSeconds } from '../lambda/narration/index';
import { createSkill } from '../lambda/skill';
import { storeFromEnv } from '../lambda/store/from-env';
import { startAudioServer } from './lib/audio-server';
import { ConsolePlayer } from './lib/console-player';
import { startConsoleAlexa } from './lib/console-alexa';
import { parseArgs, usage, withNpmConfig, type ConsoleOptions } from './lib/console-args';
import { ConsoleSession } from './lib/console-session';
import { createSpeaker } from './lib/console-speak';
import { ensureDir } from './lib/ensure-dir';
import { newConversation } from './lib/envelopes';
import { createMatcher } from './lib/nlu';

const Commands = `Console commands:
  (empty line)  stay silent: the reprompt plays again, a second silence ends the session
  quit, exit    end the session (USER_INITIATED) and leave; Ctrl-C does the same
  :disable      send AlexaSkillEvent.SkillDisabled (the skill forgets this user)
  :enable       send AlexaSkillEvent.SkillEnabled
  :wait 4:30    let hands-free audio play on this long before the next line (m:ss or seconds),
                so a piped script can say "pause" halfway through a routine
  :help         this list`;

/** "4:30" or "90" as milliseconds; undefined for anything else. */
export function durationMs(text: string): number | undefined {
  const m = /^(?:(\d{1,3}):)?(\d{1,5})$/.exec(text);
  if (!m || (m[1] !== undefined && Number(m[2]) > 59)) return undefined;
  return (Number(m[1] ?? 0) * 60 + Number(m[2])) * 1000;
}

/** The same name always gives the same Alexa ids, so progress carries over between runs. */
function stableId(kind: 'account' | 'device', name: string): string {
  const digest = createHash('sha256').update(`${kind}:${name}`).digest('hex').slice(0, 40);
  return `amzn1.ask.${kind}.console-${digest}`;
}

function readOptions(): ConsoleOptions {
  try {
    return parseArgs(withNpmConfig(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

function loadMatcher(locale: string) {
  const file = join(__dirname, '..', 'interaction-models', `${locale}.json`);
  if (!existsSync(file)) {
    console.error(`No interaction model for ${locale}. Supported locales: ${Locales.join(', ')}.`);
    process.exit(2);
  }
  const model = JSON.parse(readFileSync(file, 'utf8'));
  return {
    matcher: createMatcher(model),
    invocationName: model.interactionModel.languageModel.invocationName as string,
  };
}

/** A data folder the console cannot write would only fail at the first save: say so now. */
function checkDataDir(dir: string): void {
  try {
    ensureDir(dir);
    const probe = join(dir, `.probe-${process.pid}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    console.error(
      `DATA_DIR ${dir} can't be used for the console's store (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Point DATA_DIR at a writable folder.`,
    );
    process.exit(2);
  }
}

/**
 * Skill logs are JSON lines for CloudWatch; here they would drown the conversation. Errors
 * are the exception: the user hears a polite apology, the developer needs the cause.
 */
function showErrors(entry: Record<string, unknown>): void {
  if (entry.event !== 'error') return;
  console.log(`   skill error: ${String(entry.name)}: ${String(entry.message)}`);
  if (process.env.CONSOLE_STACK) console.log(`   ${String(entry.stack)}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.help) {
    console.log(`${usage}\n\n${Commands}`);
    return;
  }
  const interactive = Boolean(process.stdin.isTTY);
  const voice = options.speak ? 'espeak' : 'alexa';
  const data = process.env.DATA_DIR || '.data';
  if (!process.env.TABLE_NAME) checkDataDir(data);
  const { matcher, invocationName } = loadMatcher(options.locale);
  const userId = stableId('account', options.user);
  // The Alexa APIs (time zone, reminders) answer on loopback, as Amazon's would.
  const alexa = await startConsoleAlexa({
    dataDir: data,
    timeZone: options.timeZone,
    userId,
    out: (line) => console.log(line),
  });
  // Hands-free parts are rendered locally and served from here, as a device would fetch them.
  const server = process.env.AUDIO_BUCKET ? undefined : await startAudioServer(join(data, 'audio'));
  if (server && !process.env.AUDIO_BASE_URL) process.env.AUDIO_BASE_URL = server.url;
  const skill = createSkill({ store: storeFromEnv(), voice, log: showErrors });
  const holder: { session?: ConsoleSession } = {};
  const player = new ConsolePlayer({
    skill,
    conversation: () => holder.session!.current,
    out: (line) => console.log(line),
    speak: options.speak,
  });
  const session = new ConsoleSession({
    skill,
    matcher,
    conversation: newConversation({
      userId,
      deviceId: stableId('device', options.user),
      locale: options.locale,
      screen: options.screen,
      ...alexa.conversation,
    }),
    onConsent: alexa.onConsent,
    out: (line) => console.log(line),
    estimate: (ssml) => estimateSsmlSeconds(ssml, options.locale, voice),
    speak: options.speak ? createSpeaker(options.locale) : undefined,
    player,
  });
  holder.session = session;

  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
  });
  // Lines are queued, so a line typed while audio plays reaches the skill mid-part.
  const lines: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  rl.on('line', (line) => {
    lines.push(line);
    wake?.();
  });
  rl.on('close', () => {
    ended = true;
    wake?.();
  });
  const nextLine = async (): Promise<string | undefined> => {
    while (lines.length === 0 && !ended) await new Promise<void>((r) => (wake = r));
    return lines.shift();
  };

  let quitting = false;
  const quit = async () => {
    if (quitting) return;
    quitting = true;
    player.close();
    await session.end('USER_INITIATED');
    await alexa.server.stop();
    rl.close();
    await server?.close();
    process.exit(0);
  };
  rl.on('SIGINT', () => void quit());
  process.on('SIGINT', () => void quit());

  if (interactive) {
    console.log(
      `Back Stretch Coach console: ${options.locale}, user "${options.user}", data in ${data}/`,
    );
    console.log(`Say "open ${invocationName}" to begin. :help lists console commands.\n`);
    rl.setPrompt('U: ');
    rl.prompt();
  }
  const waitFor = async (text: string): Promise<void> => {
    const ms = durationMs(text);
    if (ms === undefined)
      console.log(`:wait takes m:ss or seconds, like :wait 4:30 (not "${text}")`);
    else if (!player.sim.playing) console.log('   (nothing is playing)');
    else await player.playFor(ms);
  };
  const handle = async (raw: string): Promise<void> => {
    const line = raw.trim();
    // A typed line is already on screen; a piped one is not, so show what was "said".
    if (!interactive) console.log(line ? `U: ${line}` : 'U: (silence)');
    const command = line.toLowerCase();
    if (command === 'quit' || command === 'exit') return quit();
    if (command === ':help') console.log(Commands);
    else if (command === ':disable') await session.skillEvent('AlexaSkillEvent.SkillDisabled');
    else if (command === ':enable') await session.skillEvent('AlexaSkillEvent.SkillEnabled');
    else if (command.startsWith(':wait')) await waitFor(line.slice(5).trim());
    else if (command.startsWith(':'))
      console.log(`Unknown console command ${line}. :help lists them.`);
    else if (!line) await session.silence();
    else {
      // The English name in a German or Spanish session: say what opens the skill here.
      if (
        /^(open|start|launch) back stretch coach$/i.test(line) &&
        invocationName !== 'back stretch coach'
      )
        console.log(`   (in ${options.locale} the skill opens with "${invocationName}")`);
      await session.say(line);
    }
    console.log('');
    if (interactive) rl.prompt();
  };
  for (;;) {
    // While audio plays, the device keeps playing until something is said.
    while (player.sim.playing && lines.length === 0) await player.step();
    const raw = await nextLine();
    if (raw === undefined) break;
    await handle(raw);
  }
  // End of input: a device left alone ends the session too.
  await quit();
}

main().catch((error: unknown) => {
  console.error(`The console stopped: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
