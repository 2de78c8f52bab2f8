/**
 * The file store shared by several processes: writes never lose an update, a stale lock left
 * by a killed process is broken, and the sweep leaves other writers' temporary files alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../../lambda/store/file-store';
import { aRecord } from './builders';

const userId = 'amzn1.ask.account.SHARED';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-procs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writer(count: number): Promise<{ conflicts: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'fixtures', 'counting-writer.ts'), dir, userId, `${count}`],
    { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as { conflicts: number }) : reject(new Error(`${code}`)),
    ),
  );
}

/** The pid of a process that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid as number;
}

it('loses no update when two processes write one record at once', async () => {
  const [a, b] = await Promise.all([writer(300), writer(300)]);
  const record = await new FileStore(dir).get(userId);
  // Every successful conditional write moved the version by exactly one.
  expect(record?.version).toBe(600);
  // They did contend: some writes met the other process's newer version and re-read.
  expect(a.conflicts + b.conflicts).toBeGreaterThan(0);
  expect(readdirSync(dir).filter((f) => !f.endsWith('.json'))).toEqual([]);
}, 60_000);

it('breaks a lock left by a process that was killed', async () => {
  const store = new FileStore(dir);
  const lock = `${store.fileFor(userId)}.lock`;
  writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), at: Date.now() }));
  await expect(store.put(userId, aRecord(), 0)).resolves.toMatchObject({ version: 1 });
  expect(existsSync(lock)).toBe(false);
});

it('waits for a lock a live process holds', async () => {
  const store = new FileStore(dir);
  const lock = `${store.fileFor(userId)}.lock`;
  // The parent of this test process is alive, so this lock is held.
  writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), at: Date.now() }));
  let done = false;
  const put = store.put(userId, aRecord(), 0).then((r) => ((done = true), r));
  await new Promise((r) => setTimeout(r, 150));
  expect(done).toBe(false);
  rmSync(lock);
  await expect(put).resolves.toMatchObject({ version: 1 });
});

it("sweeps a killed writer's temporary file, never a live writer's", async () => {
  const store = new FileStore(dir);
  const hash = '0'.repeat(64);
  const orphan = `${hash}.json.${deadPid()}.abcd.tmp`;
  const inFlight = `${hash}.json.${process.ppid}.beef.tmp`;
  writeFileSync(join(dir, orphan), '{"half": ');
  writeFileSync(join(dir, inFlight), '{"being written": ');
  await store.put(userId, aRecord(), 0);
  const left = readdirSync(dir);
  expect(left).not.toContain(orphan);
  expect(left).toContain(inFlight);
});
