/**
 * Cold start: a fresh `node` process loads a bundle and answers one request. Timed from spawn
 * to the answer on stdout (what Lambda adds to the first request), and in-process (from Node's
 * time origin to the handler's answer). The cases alternate so that any drift of a shared,
 * busy machine falls on all alike.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ColdRun {
  /** Spawn to answer printed, ms. */
  wall: number;
  /** Node's time origin to the answer, ms (boot + require + handle). */
  firstAnswer: number;
  require: number;
  handle: number;
  /** CPU time of the first request, ms. */
  handleCpu: number;
  /** CPU time of the whole process up to the answer (boot included), ms. */
  cpuToAnswer: number;
  /** Monotonic µs before require, after require, after the answer (splits a CPU profile). */
  marks: [number, number, number];
  /** The .cpuprofile this run wrote, when profiling. */
  profile?: string;
}

/** One thing to start cold: a bundle (with what ships beside it) and the request it answers. */
export interface ColdCase {
  /** index.js of a bundle folder laid out as the Lambda's. */
  bundle: string;
  envelopeFile: string;
  /** A data folder copied in before the start: a returning user's stored record. */
  seedDataDir?: string;
  /** The question the answer must leave open (e.g. offer-resume); checked on every run. */
  expectPending?: string;
}

export interface ColdSetup {
  driver: string;
  cases: Record<string, ColdCase>;
  /** Extra node flags, e.g. --enable-source-maps as infra sets in NODE_OPTIONS. */
  nodeOptions?: string;
  /** When set, every run writes a V8 CPU profile here (node --cpu-prof). */
  cpuProfileDir?: string;
}

const profileArgs = (dir: string, name: string) => [
  '--cpu-prof',
  '--cpu-prof-interval=100',
  `--cpu-prof-dir=${dir}`,
  `--cpu-prof-name=${name}`,
];

let profileCount = 0;

/**
 * Where the runs' data folders go: tmpfs when there is one. The Lambda never writes files (its
 * store is DynamoDB); the file store stands in for it here, and its fsync on this shared VM's
 * disk takes 1 to 7 ms, which would measure the disk and the neighbours, not the skill.
 */
const scratch = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

function runOnce(setup: ColdSetup, name: string): Promise<ColdRun> {
  const c = setup.cases[name];
  const dataDir = fs.mkdtempSync(path.join(scratch, 'bench-cold-'));
  if (c.seedDataDir) fs.cpSync(c.seedDataDir, dataDir, { recursive: true });
  // A clean environment like Lambda's: no TABLE_NAME (so the file store), no tsx loader, and
  // nothing pointing at the repo: content and strings come from beside the bundle. The log
  // salt, which infra always sets, is a fixed one here.
  const env = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    LOG_HASH_SALT: 'bench-log-hash-salt',
    ...(setup.nodeOptions ? { NODE_OPTIONS: setup.nodeOptions } : {}),
  };
  const profile = setup.cpuProfileDir
    ? path.join(setup.cpuProfileDir, `${name}-${++profileCount}.cpuprofile`)
    : undefined;
  const args = [
    ...(profile ? profileArgs(path.dirname(profile), path.basename(profile)) : []),
    setup.driver,
    c.bundle,
    c.envelopeFile,
  ];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    env,
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    let run: ColdRun | undefined;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('@answer '));
      if (run || !line) return;
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      const r = JSON.parse(line.slice('@answer '.length)) as ColdRun & {
        spoke: boolean;
        pending?: string;
      };
      const { firstAnswer, require, handle, handleCpu, cpuToAnswer, marks } = r;
      run = { wall, firstAnswer, require, handle, handleCpu, cpuToAnswer, marks };
      if (!r.spoke) reject(new Error(`${name}: the request got no speech`));
      if (c.expectPending && r.pending !== c.expectPending)
        reject(new Error(`${name}: expected ${c.expectPending}, the answer left ${r.pending}`));
    });
    // Wait for the exit, not the answer: a CPU profile is written as the process exits.
    child.on('close', (code) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (!run) reject(new Error(`${name}: exited ${code} without answering\n${out}${err}`));
      else resolve({ ...run, ...(profile ? { profile } : {}) });
    });
  });
}

/** `runs` interleaved cold starts of each case, after one discarded warm-up each (disk cache). */
export async function coldStarts(
  setup: ColdSetup,
  runs: number,
): Promise<Record<string, ColdRun[]>> {
  const names = Object.keys(setup.cases);
  for (const name of names) await runOnce({ ...setup, cpuProfileDir: undefined }, name);
  const results: Record<string, ColdRun[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    // Rotate which goes first too, so no case always follows the same other one.
    const order = names.map((_, k) => names[(i + k) % names.length]);
    for (const name of order) results[name].push(await runOnce(setup, name));
  }
  return results;
}
