import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../../lambda/store/file-store';
import { VersionConflictError, type UserRecord } from '../../lambda/store/types';
import { aRecord } from './builders';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const userId = 'amzn1.ask.account.FILEUSER';

describe('FileStore', () => {
  it('round-trips a record and keeps the user id off the disk', async () => {
    const store = new FileStore(join(dir, 'data'));
    expect(await store.get(userId)).toBeUndefined();
    await store.put(userId, aRecord({ welcomed: true }), 0);
    expect(await new FileStore(join(dir, 'data')).get(userId)).toMatchObject({
      version: 1,
      welcomed: true,
    });
    const [file] = readdirSync(join(dir, 'data'));
    expect(file).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(readFileSync(join(dir, 'data', file), 'utf8')).not.toContain('FILEUSER');
  });

  it('lets only one of two writers from the same version win', async () => {
    const store = new FileStore(dir);
    const results = await Promise.allSettled([
      store.put(userId, aRecord({ welcomed: true }), 0),
      store.put(userId, aRecord({ welcomed: false }), 0),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflictError);
    expect((await store.get(userId))?.version).toBe(1);
  });

  it('moves a corrupt file aside with a warning instead of silently replacing it', async () => {
    const store = new FileStore(dir);
    writeFileSync(store.fileFor(userId), '{"version": 3, "welc');
    const warn = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await store.get(userId)).toBeUndefined();
      const aside = readdirSync(dir).find((f) => f.includes('.corrupt-'));
      expect(aside).toBeDefined();
      expect(readFileSync(join(dir, aside!), 'utf8')).toBe('{"version": 3, "welc');
      expect(String(warn.mock.calls[0][0])).toContain(aside!);
    } finally {
      warn.mockRestore();
    }
  });

  it('deletes, and deleting twice is fine', async () => {
    const store = new FileStore(dir);
    await store.put(userId, aRecord(), 0);
    await store.delete(userId);
    await store.delete(userId);
    expect(await store.get(userId)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a whole, readable record when the writer is killed mid-write', async () => {
    let landedMidWrite = 0;
    for (let round = 0; round < 3; round++) {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'fixtures', 'file-writer.ts'), dir, userId],
        { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      // Kill the moment the next temporary file appears: the writer is then part-way through.
      const exited = new Promise((r) => child.once('exit', r));
      const watcher = watch(dir, (_event, name) => {
        if (name?.endsWith('.tmp')) child.kill('SIGKILL');
      });
      await exited;
      watcher.close();
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) landedMidWrite++;

      const record = (await new FileStore(dir).get(userId)) as UserRecord;
      expect(record.version).toBeGreaterThanOrEqual(1);
      expect(record.prefs.leaveOut).toHaveLength(20_000);
      expect(record.prefs.leaveOut.every((m) => m.startsWith(`v${record.version}-`))).toBe(true);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
    }
    // Proof the test tested something: at least one kill interrupted a write in progress.
    expect(landedMidWrite).toBeGreaterThan(0);
  }, 30_000);

  it('clears temporary files a killed writer left behind', async () => {
    const store = new FileStore(dir);
    writeFileSync(join(dir, `${'0'.repeat(64)}.json.123.abcd.tmp`), '{"half": ');
    await store.put(userId, aRecord(), 0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
