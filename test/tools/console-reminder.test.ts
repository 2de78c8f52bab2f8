/**
 * The reminder in the console, end to end: the console runs its loopback Alexa APIs, answers
 * Alexa's consent question from the next line, prints what Alexa would schedule, and keeps
 * the reminder and the grant in DATA_DIR for the next run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(60_000);

const root = path.join(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(lines: string[], dataDir: string) {
  const result = spawnSync(tsx, ['tools/console.ts', '--time-zone', 'Europe/Berlin'], {
    cwd: root,
    input: lines.map((l) => `${l}\n`).join(''),
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, stderr: result.stderr };
}

it('sets, tells, changes and cancels a daily reminder, with consent asked once', () => {
  const data = mkdtempSync(path.join(tmpdir(), 'console-reminder-'));
  const first = run(
    ['open back stretch coach', 'remind me every morning at seven', 'yes', 'stop'],
    data,
  );
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.out).toContain("Alexa's consent question next (Connections.SendRequest)");
  expect(first.out).toContain('Alexa asks: Do you allow Back Stretch Coach');
  expect(first.out).toContain("(Alexa's consent question answered: ACCEPTED)");
  expect(first.out).toMatch(
    /Alexa reminders API: created \w+: every day at 07:00 \(Europe\/Berlin\), from \d{4}-\d\d-\d\d, says \(en-US\): "Time for your bedside morning routine\. Say: Alexa, open back stretch coach\."/,
  );
  expect(first.out).toContain("Done. Every day at 7:00 AM I'll remind you");

  // The next run remembers the grant (no second question) and the reminder Alexa holds.
  const second = run(
    [
      'open back stretch coach',
      "what's my reminder",
      'change my reminder to eight',
      'cancel my reminder',
      'stop',
    ],
    data,
  );
  expect(second.status).toBe(0);
  expect(second.out).not.toContain('Alexa asks');
  expect(second.out).toContain('Your daily reminder rings at 7:00 AM');
  expect(second.out).toMatch(/Alexa reminders API: updated \w+: every day at 08:00/);
  expect(second.out).toMatch(/Alexa reminders API: deleted \w+/);
  const kept = JSON.parse(readFileSync(path.join(data, 'console-alexa.json'), 'utf8'));
  expect(kept.reminders).toEqual([]);
  expect(Object.values(kept.permissions)).toEqual(['GRANTED']);
});
