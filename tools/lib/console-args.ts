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
    else throw new Error(`Unknown option: ${argv[i]}`);
  }
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(options.locale)) {
    throw new Error(`--locale wants a locale like en-US, not "${options.locale}"`);
  }
  return options;
}
