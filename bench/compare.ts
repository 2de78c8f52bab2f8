/**
 * `npm run bench:compare -- before=/path/to/skill [after=/path ...]`: cold starts of other
 * builds of the skill beside this checkout's and hello world, interleaved in one loop, so two
 * commits are compared under the same load (separate `npm run bench` runs on a shared machine
 * differ by 0.1-0.3x). Each path is a folder laid out as the Lambda's, e.g. a copy of
 * bench/out/skill taken after `npm run bench` at another commit. Same driver, envelopes,
 * returning user and environment as the bench; BENCH_COLD_RUNS runs of each (default 31).
 */
import path from 'node:path';
import { buildColdCases } from './lib/cold-cases';
import { coldStarts, type ColdCase, type ColdRun } from './lib/cold-start';
import { median } from './lib/stats';
import { ms, textTable } from './lib/table';

async function main(): Promise<void> {
  const others = process.argv.slice(2).map((arg) => {
    const [name, dir] = arg.split('=');
    if (!name || !dir) throw new Error(`expected name=folder, got "${arg}"`);
    return { name, bundle: path.resolve(dir, 'index.js') };
  });
  const { driver, cases } = await buildColdCases();
  const builds = [{ name: 'this', bundle: cases.skillNew.bundle }, ...others];
  const all: Record<string, ColdCase> = { hello: cases.hello };
  for (const b of builds) {
    all[`${b.name} new`] = { ...cases.skillNew, bundle: b.bundle };
    all[`${b.name} returning`] = { ...cases.skillReturning, bundle: b.bundle };
  }
  const runs = Number(process.env.BENCH_COLD_RUNS) || 31;
  process.stderr.write(`bench:compare: ${runs} interleaved cold starts of each case...\n`);
  const results = await coldStarts({ driver, cases: all }, runs);
  const m = (rs: ColdRun[], k: keyof ColdRun) => median(rs.map((r) => r[k] as number));
  const hello = results.hello;
  const rows = Object.entries(results).map(([name, rs]) => [
    name,
    ms(m(rs, 'wall')),
    `${(m(rs, 'wall') / m(hello, 'wall')).toFixed(2)}x`,
    ms(m(rs, 'cpuToAnswer')),
    ms(m(rs, 'require')),
    ms(m(rs, 'handle'), 2),
    ms(m(rs, 'handleCpu'), 2),
  ]);
  const head = ['', 'spawn', '/hello', 'CPU to answer', 'require', 'first req.', 'its CPU'];
  process.stdout.write(`${textTable(head, rows)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
