/**
 * Two consoles on one data folder, as two people (or two terminals) would run them for one
 * user: every finish of both is kept. Each console is its own process with its own store.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { UserRecord } from '../../lambda/store/types';

const root = path.join(__dirname, '../..');
const Finishes = 30;

function console_(dataDir: string, utterance: string): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tools/console.ts', '--user', 'shared'],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stdin.end(Array.from({ length: Finishes }, () => `${utterance}\n`).join(''));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`)))),
  );
}

it(`keeps all ${Finishes} finishes of each of two consoles on one DATA_DIR`, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'two-consoles-'));
  try {
    const outs = await Promise.all([
      console_(dir, 'do shoulder rolls'),
      // Two moves that end in one answer at every step of their progression (neck turns grow
      // to 30 s holds and then take two answers).
      console_(dir, 'do a core brace'),
    ]);
    for (const out of outs) {
      expect(out.match(/session ended/g)).toHaveLength(Finishes);
      expect(out).not.toMatch(/couldn't save/);
    }
    // One user, so one record, and nothing else left in the folder (no lock, no temp file).
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const record = JSON.parse(readFileSync(path.join(dir, files[0]), 'utf8')) as UserRecord;
    const finished = (id: string) => record.history.filter((h) => h.routineId === id).length;
    expect(finished('shoulder-rolls')).toBe(Finishes);
    expect(finished('deep-abdominal-brace')).toBe(Finishes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
