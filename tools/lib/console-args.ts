/** Command-line options of the voice console (`npm start -- --locale en-GB --user sam`). */
import { DefaultLocale } from '../../lambda/ids';

export interface ConsoleOptions {
  /** The device's locale; picks the interaction model and the skill's language. */
  locale: string;
  /** A name for the user; the same name is the same Alexa user id, so progress carries over. */
  user: string;
  /** A device with a screen (APL). */
  screen: boolean;
  /** Render each answer with espeak-ng and play it (or print the WAV path). */
  speak: boolean;
  /** The time zone the device reports through the settings API (default: this machine's). */
  timeZone: string;
  help: boolean;
}

export const usage = `Usage: npm start -- [--locale en-US] [--user NAME] [--screen] [--speak] [--time-zone Europe/Berlin]

Type what you would say to Alexa. An empty line is silence; "quit" or Ctrl-C ends the session.
Console commands: :help, :disable, :enable. Progress is kept under DATA_DIR (default .data/).`;

const ValueFlags = ['locale', 'user', 'time-zone'] as const;
const BooleanFlags = ['screen', 'speak'] as const;

/**
 * `npm start --locale de-DE` (without `--`) hands the flags to npm, not to the console: npm
 * keeps them as npm_config_* variables ("true" when the value went on as a plain argument).
 * Rebuilds the argv the user meant from those, so options work with or without `--`.
 */
export function withNpmConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const given = (flag: string) => argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
  // Plain words npm left behind: the values of flags it kept as "true", in order.
  const plain = argv.filter(
    (a, i) => !a.startsWith('-') && !(i > 0 && /^--\w+$/.test(argv[i - 1])),
  );
  const used = new Set<string>();
  const rebuilt: string[] = [];
  for (const flag of ValueFlags) {
    const v = env[`npm_config_${flag.replace(/-/g, '_')}`];
    if (v === undefined || given(flag)) continue;
    const value = v === 'true' ? plain.find((p) => !used.has(p)) : v;
    if (value === undefined) continue;
    if (v === 'true') used.add(value);
    rebuilt.push(`--${flag}`, value);
  }
  for (const flag of BooleanFlags)
    if (env[`npm_config_${flag}`] === 'true' && !given(flag)) rebuilt.push(`--${flag}`);
  return [...argv.filter((a) => !used.has(a)), ...rebuilt];
}

/** Parses argv (without node and the script); throws with a readable message on a bad option. */
export function parseArgs(argv: readonly string[]): ConsoleOptions {
  const options: ConsoleOptions = {
    locale: DefaultLocale,
    user: 'me',
    screen: false,
    speak: false,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    help: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[(i += 1)];
      if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--locale') options.locale = value();
    else if (flag === '--user') options.user = value();
    else if (flag === '--screen') options.screen = true;
    else if (flag === '--speak') options.speak = true;
    else if (flag === '--time-zone') options.timeZone = value();
    else if (flag === '--help' || flag === '-h') options.help = true;
    else
      throw new Error(
        `Unknown option: ${argv[i]}. Pass options after --, e.g. npm start -- --locale de-DE`,
      );
  }
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(options.locale)) {
    throw new Error(`--locale wants a locale like en-US, not "${options.locale}"`);
  }
  return options;
}
