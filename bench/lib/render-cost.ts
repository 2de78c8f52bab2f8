/**
 * Hands-free render cost: CPU seconds (node, espeak-ng and lame together) per minute of audio,
 * rendering the bedside morning routine locally. `times` in the same shell reports the CPU of
 * every child, which node's own counters cannot see. Then the splice alone (node's CPU with
 * the phrases' MP3 already in hand): what Lambda spends besides waiting for Polly.
 */
import { spawnSync } from 'node:child_process';
import { I18nDir } from './paths';

export interface RenderCost {
  parts: number;
  audioSeconds: number;
  cpuSeconds: number;
  /** Wall time to the first part's URL: what a "play ... hands-free" answer waits for. */
  firstPartMs: number;
  wallMs: number;
  /** The same parts again from the engine's recorded MP3: plan, measure, splice (node only). */
  splice: { cpuSeconds: number; wallMs: number; audioSeconds: number; bytes: number };
}

const toSeconds = (t: string) => {
  const m = /(\d+)m([\d.]+)s/.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
};

export function renderCost(driver: string, contentDir: string): RenderCost {
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `node "${driver}" && times`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', CONTENT_DIR: contentDir, I18N_DIR: I18nDir },
  });
  if (run.status !== 0) throw new Error(`render driver failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  const result = JSON.parse(lines[0]) as Omit<RenderCost, 'cpuSeconds'>;
  // `times`: the shell's own user and system time, then its children's.
  const children = lines[lines.length - 1].trim().split(/\s+/);
  const cpuSeconds = toSeconds(children[0]) + toSeconds(children[1]);
  return { ...result, cpuSeconds };
}
