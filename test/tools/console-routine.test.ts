/** The console, driven with piped utterances, through the whole bedside morning routine. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(60_000);

const root = path.join(__dirname, '../..');

it('walks the bedside morning routine from launch to the getting-up advice', () => {
  const said = ['open back stretch coach', 'yes', 'next', 'next', 'next', 'next', 'next', 'next'];
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['tools/console.ts'], {
    cwd: root,
    input: said.map((l) => `${l}\n`).join(''),
    env: { ...process.env, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'console-routine-')) },
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  const answers = result.stdout.split('\n').filter((l) => l.startsWith('A: '));
  expect(answers).toHaveLength(said.length);
  expect(answers[1]).toMatch(
    /bedside morning routine: 6 exercises.*Move slowly.*\[pause \d+(\.\d+)?s\].*Next is belly breathing in bed\. Ready\?/,
  );
  expect(answers[answers.length - 1]).toMatch(
    /routine done.*roll onto your side, then push yourself up slowly/,
  );
  expect(result.stdout).toMatch(/session ended/);
  expect(result.stdout).not.toMatch(/skill error/);
});
