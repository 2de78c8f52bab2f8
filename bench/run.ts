/**
 * `npm run bench`: builds what it measures and prints numbers against baselines measured in
 * the same run. A script, not a test: targets are reported (PASS/MISS), never asserted.
 *   1. bundle size of lambda/index.ts against bench/hello-world, bundled as infra bundles them
 *   2. cold start in a fresh node process: the skill for a new user's launch and for a
 *      returning user's launch (resume offer), and hello world (interleaved, median)
 *   3. warm turns: whole routines through createSkill + MemoryStore, in their own process
 *   4. pacing: planned seconds against espeak-ng's rendering (when espeak-ng is installed)
 *   5. hands-free render cost: CPU seconds per minute of audio (espeak-ng and lame)
 * Writes bench/out/results.json and bench/out/results.md (the tables, for bench/README.md).
 * BENCH_COLD_RUNS sets the number of cold starts per skill (default 15).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { hasEspeak } from '../tools/narrate';
import { buildDriver } from './lib/build-drivers';
import { bytesByPackage, folderSize } from './lib/bundle';
import { buildColdCases } from './lib/cold-cases';
import { coldStarts, type ColdSetup } from './lib/cold-start';
import { describeMachine } from './lib/machine';
import { pacing } from './lib/pacing';
import { pacingCases } from './lib/pacing-cases';
import { ContentDir, OutDir, Root } from './lib/paths';
import { tables, type Measurements } from './lib/report';
import { markdownTable, textTable } from './lib/table';
import { renderCost } from './lib/render-cost';
import { warmTurns } from './lib/warm-turns';

/**
 * What one cold start reads of the shipped content: the largest locale's pack file when content
 * ships as packs (content/<lang>.json), else the whole folder.
 */
function contentPerStart(dir: string): Measurements['contentPerStart'] {
  const packs = fs.readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f));
  if (packs.length === 0) return { what: 'all of content/', bytes: folderSize(dir).bytes };
  const sizes = packs.map((f): [string, number] => [f, fs.statSync(path.join(dir, f)).size]);
  const [file, bytes] = sizes.sort((a, b) => b[1] - a[1])[0];
  return { what: `content/${file} (largest locale)`, bytes };
}

const step = (what: string) => process.stderr.write(`bench: ${what}...\n`);

async function main(): Promise<void> {
  const started = Date.now();
  fs.mkdirSync(OutDir, { recursive: true });
  const machine = describeMachine();

  step('bundling the skill and the hello-world skill; a returning user');
  const { skill, hello, driver, cases } = await buildColdCases();
  const warmDriver = await buildDriver(path.join(Root, 'bench', 'drivers', 'warm.ts'), OutDir);

  const runs = Number(process.env.BENCH_COLD_RUNS) || 15;
  step(`cold starts (${runs} of each case, twice: plain and with --enable-source-maps as infra)`);
  const setup: ColdSetup = { driver, cases };
  const cold = await coldStarts(setup, runs);
  const coldSourceMaps = await coldStarts({ ...setup, nodeOptions: '--enable-source-maps' }, runs);

  step('10,000 warm turns');
  const warm = warmTurns(warmDriver, ContentDir);

  let paced: Measurements['pacing'];
  if (hasEspeak()) {
    step('rendering the paced cases with espeak-ng');
    paced = pacing(pacingCases(), path.join(OutDir, 'pacing'));
  } else step('espeak-ng not installed: pacing skipped (apt-get install -y espeak-ng)');

  const shippedContent = path.join(path.dirname(skill.file), 'content');
  let render: Measurements['render'];
  if (hasEspeak() && spawnSync('lame', ['--version'], { stdio: 'ignore' }).status === 0) {
    step('rendering the bedside morning routine hands-free (espeak-ng + lame)');
    render = renderCost(
      await buildDriver(path.join(Root, 'bench', 'drivers', 'render.ts'), OutDir),
      ContentDir,
    );
  } else step('espeak-ng or lame not installed: hands-free render cost skipped');

  const m: Measurements = {
    machine,
    bundles: { skill, hello },
    content: folderSize(shippedContent),
    contentPerStart: contentPerStart(shippedContent),
    topPackages: bytesByPackage(skill.metafile).slice(0, 6),
    cold,
    coldSourceMaps,
    warm,
    pacing: paced,
    render,
  };
  const seconds = (Date.now() - started) / 1000;
  const about = `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb.toFixed(0)} GB, node ${machine.node}, load ${machine.load.toFixed(2)} at start; bench took ${seconds.toFixed(0)} s`;
  const all = tables(m);
  console.log(`\n${about}`);
  for (const t of all) console.log(`\n${t.title}\n${textTable(t.head, t.rows)}`);
  const md = all.map((t) => `#### ${t.title}\n\n${markdownTable(t.head, t.rows)}`).join('\n\n');
  fs.writeFileSync(path.join(OutDir, 'results.md'), `${about}\n\n${md}\n`);
  fs.writeFileSync(path.join(OutDir, 'results.json'), JSON.stringify({ ...m, seconds }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
