/**
 * The console driven as a user drives it from a script: piped lines, a temporary data folder,
 * the real skill and store. Slow-ish (a process per run), so each test says a lot.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getCatalog } from '../../lambda/content/index';

jest.setTimeout(60_000);

const root = path.join(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(
  lines: string[],
  dataDir: string,
  args: string[] = [],
  env: Record<string, string> = {},
) {
  const result = spawnSync(tsx, ['tools/console.ts', ...args], {
    cwd: root,
    input: lines.map((l) => `${l}\n`).join(''),
    env: { ...process.env, DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
  });
  const out = result.stdout;
  return { status: result.status, out, stderr: result.stderr, lines: out.split('\n') };
}

const starting = (prefix: string, lines: string[]) => lines.filter((l) => l.startsWith(prefix));
const fresh = () => mkdtempSync(path.join(tmpdir(), 'console-test-'));

describe('npm start, driven by a script', () => {
  it('prints four sensible exchanges for the README script and exits 0', () => {
    const { status, lines, stderr } = run(
      ['open back stretch coach', 'help', 'what can I say', 'stop'],
      fresh(),
    );
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(starting('U: ', lines)).toHaveLength(4);
    expect(starting('   heard: ', lines)).toEqual([
      '   heard: LaunchRequest',
      '   heard: AMAZON.HelpIntent',
      '   heard: AMAZON.HelpIntent',
      '   heard: AMAZON.StopIntent',
    ]);
    const answers = starting('A: ', lines);
    expect(answers).toHaveLength(4);
    for (const answer of answers) expect(answer.length).toBeGreaterThan(10);
    expect(lines.filter((l) => /mic open/.test(l))).toHaveLength(3);
    expect(lines.filter((l) => /session ended/.test(l))).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/about \d+s spoken/);
    expect(lines.join('\n')).not.toMatch(/skill error|failed/);
  });

  it('continues where the user stopped after a restart, and keeps users apart', () => {
    const data = fresh();
    const first = run(
      ['open back stretch coach', 'start my morning routine', 'next', 'quit'],
      data,
    );
    expect(first.status).toBe(0);
    expect(first.out).toContain('(session ended: USER_INITIATED)');
    const routineId = /routine=([\w-]+)/.exec(first.out)?.[1] ?? '';
    // Start plays the first step and next the second; the resume point is the one announced after.
    const second = getCatalog().routines.get(routineId)?.steps[2]?.exercise ?? '';
    const secondName = getCatalog().exercises.get(second)?.spokenName.en ?? '(none)';

    const again = run(['open back stretch coach'], data);
    expect(starting('A: ', again.lines)[0]).toContain(secondName);

    const other = run(['open back stretch coach'], data, ['--user', 'someone else']);
    expect(starting('A: ', other.lines)[0]).not.toContain(secondName);
    expect(readdirSync(data)).toHaveLength(2);
  });

  it('treats silence as a device does, and a first line without the name as a one-shot', () => {
    const { status, out } = run(['start my morning routine', '', '', 'how much longer'], fresh());
    expect(status).toBe(0);
    expect(out).toMatch(/heard: StartRoutineIntent routine=[\w-]+ .*\(one-shot, new session\)/);
    expect(out).toMatch(/U: \(silence\)\nA \(reprompt\): \S+/);
    expect(out).toContain('(session ended: EXCEEDED_MAX_REPROMPTS)');
    expect(out).toMatch(/heard: TimeLeftIntent \(one-shot, new session\)\nA: \S+/);
  });

  it('says when nothing matched, survives odd input, and knows its own commands', () => {
    const data = fresh();
    const { status, out } = run(
      ['open back stretch coach', 'juggle three oranges', '!!! ???', ':help', ':nonsense', 'exit'],
      data,
    );
    expect(status).toBe(0);
    expect(out.match(/no sample matched: sent AMAZON\.FallbackIntent/g)).toHaveLength(2);
    expect(out).toContain(':disable');
    expect(out).toContain('Unknown console command :nonsense');
    expect(out).toContain('(session ended: USER_INITIATED)');
  });

  it('forgets the user on :disable, as Alexa asks when a skill is disabled', () => {
    const data = fresh();
    run(['open back stretch coach', 'stop'], data);
    expect(readdirSync(data)).toHaveLength(1);
    const { status, out } = run([':disable'], data);
    expect(status).toBe(0);
    expect(out).toContain('(skill event: AlexaSkillEvent.SkillDisabled)');
    expect(readdirSync(data)).toHaveLength(0);
  });

  it('refuses an unknown option with its usage', () => {
    const { status, stderr } = run([], fresh(), ['--colour']);
    expect(status).toBe(2);
    expect(stderr).toContain('Unknown option: --colour');
    expect(stderr).toContain('Usage: npm start');
  });

  it('takes options npm kept for itself (npm start --locale de-DE, without --)', () => {
    // npm turns "--locale de-DE" into npm_config_locale=true and passes "de-DE" on.
    const { status, out } = run(['öffne rücken coach'], fresh(), ['de-DE'], {
      npm_config_locale: 'true',
    });
    expect(status).toBe(0);
    expect(out).toContain('Willkommen');
  });

  it('lists the supported locales for an unknown one', () => {
    const { status, stderr } = run([], fresh(), ['--locale', 'xx-XX']);
    expect(status).toBe(2);
    expect(stderr).toContain('Supported locales: en-US, en-GB');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a DATA_DIR it cannot write at start, with a message instead of a hang', () => {
    const { status, stderr } = run(['open back stretch coach'], '/proc/no-such-folder');
    expect(status).toBe(2);
    expect(stderr).toContain("DATA_DIR /proc/no-such-folder can't be used");
  });
});

describe('npm run narrate', () => {
  const narrate = (args: string[]) =>
    spawnSync(tsx, ['tools/narrate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

  it('names an unknown routine without a stack trace', () => {
    const { status, stderr } = narrate(['no-such-routine']);
    expect(status).toBe(2);
    expect(stderr).toContain('narrate: no routine or exercise "no-such-routine"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
