/**
 * `npm run bench:profile`: where a cold start's time goes. Starts the Lambda bundle cold with
 * `node --cpu-prof` (new user's launch, returning user's launch) beside hello world, splits
 * each profile into require and first request, maps the bundle's frames back to source files
 * and packages through the source map, and prints the largest items (mean ms per cold start).
 * Writes bench/out/profile.md; the .cpuprofile files stay in bench/out/profiles/ for DevTools.
 * BENCH_PROFILE_RUNS sets the number of profiled starts per case (default 10).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildColdCases } from './lib/cold-cases';
import { coldStarts } from './lib/cold-start';
import { meanPhase, profilePhases, top } from './lib/cpu-profile';
import { OutDir } from './lib/paths';
import { markdownTable, textTable, type Row } from './lib/table';

const PhaseNames = ['require', 'first request'];

async function main(): Promise<void> {
  const build = await buildColdCases();
  const dir = path.join(OutDir, 'profiles');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const runs = Number(process.env.BENCH_PROFILE_RUNS) || 10;
  process.stderr.write(`bench:profile: ${runs} profiled cold starts of each case...\n`);
  const results = await coldStarts(
    { driver: build.driver, cases: build.cases, cpuProfileDir: dir },
    runs,
  );
  const sections: string[] = [];
  for (const [name, list] of Object.entries(results)) {
    const phases = list.map((r) => profilePhases(r.profile!, r.marks));
    PhaseNames.forEach((phase, i) => {
      const mean = meanPhase(phases.map((p) => p[i]));
      const title = `${name}: ${phase}, ${mean.total.toFixed(1)} ms sampled (mean of ${runs})`;
      const rows: Row[] = [];
      const columns = [top(mean.self, 14), top(mean.modules, 14), top(mean.inclusive, 14)];
      for (let k = 0; k < Math.max(...columns.map((c) => c.length)); k++)
        rows.push(columns.flatMap((c) => [c[k]?.[0] ?? '', c[k] ? c[k][1].toFixed(2) : '']));
      const head = [
        'self time by place',
        'ms',
        'package or built-in load, callees in',
        'ms',
        'project function, callees in',
        'ms',
      ];
      console.log(`\n${title}\n${textTable(head, rows)}`);
      sections.push(`#### ${title}\n\n${markdownTable(head, rows)}`);
    });
  }
  fs.writeFileSync(path.join(OutDir, 'profile.md'), `${sections.join('\n\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
