/**
 * Cold start: a fresh `node` process loads a bundle and answers a LaunchRequest. Timed from
 * spawn to the answer on stdout (what Lambda adds to the first request), and in-process (from
 * Node's time origin to the handler's answer). The two skills alternate so that any drift of a
 * shared, busy machine falls on both alike.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SkillName } from './paths';
import { I18nDir } from './paths';

export interface ColdRun {
  /** Spawn to answer printed, ms. */
  wall: number;
  /** Node's time origin to the answer, ms (boot + require + handle). */
  firstAnswer: number;
  require: number;
  handle: number;
}

export interface ColdSetup {
  driver: string;
  bundles: Record<SkillName, string>;
  envelopeFile: string;
  contentDir: string;
  /** Extra node flags, e.g. --enable-source-maps as infra sets in NODE_OPTIONS. */
  nodeOptions?: string;
}

function runOnce(setup: ColdSetup, name: SkillName): Promise<ColdRun> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cold-'));
  // A clean environment like Lambda's: no TABLE_NAME (so the file store), no tsx loader.
  const env = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    CONTENT_DIR: setup.contentDir,
    I18N_DIR: I18nDir,
    ...(setup.nodeOptions ? { NODE_OPTIONS: setup.nodeOptions } : {}),
  };
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [setup.driver, setup.bundles[name], setup.envelopeFile], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    let done = false;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('@answer '));
      if (done || !line) return;
      done = true;
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      const r = JSON.parse(line.slice('@answer '.length)) as ColdRun & { spoke: boolean };
      if (!r.spoke) reject(new Error(`${name}: the LaunchRequest got no speech`));
      resolve({ wall, firstAnswer: r.firstAnswer, require: r.require, handle: r.handle });
    });
    child.on('close', (code) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (!done) reject(new Error(`${name}: exited ${code} without answering\n${out}${err}`));
    });
  });
}

/** `runs` interleaved cold starts of each skill, after one discarded warm-up each (disk cache). */
export async function coldStarts(
  setup: ColdSetup,
  runs: number,
): Promise<Record<SkillName, ColdRun[]>> {
  const names = Object.keys(setup.bundles) as SkillName[];
  for (const name of names) await runOnce(setup, name);
  const results = { skill: [], hello: [] } as Record<SkillName, ColdRun[]>;
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first too, so neither always follows the other.
    const order = i % 2 ? [...names].reverse() : names;
    for (const name of order) results[name].push(await runOnce(setup, name));
  }
  return results;
}
