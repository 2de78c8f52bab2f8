/**
 * `npm run content:check`: validates everything in content/ and prints each routine's active
 * time. Exit 0 with a one-line summary last; exit 1 listing every error as
 * `<file>: <item id>: <field path>: <message>`.
 *
 *   npm run content:check                      the repo's content/
 *   npm run content:check -- --dir <folder>    another content folder
 *   npm run content:check -- --seeds <folder>  seed articles elsewhere than ../shared/seeds
 */
import path from 'node:path';
import { formatError } from '../lambda/content/content-error';
import { formatMinutes } from '../lambda/content/duration';
import { readContentFiles, readSeeds } from '../lambda/content/read-files';
import { validateContent } from '../lambda/content/validate';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

const repo = path.resolve(__dirname, '..');
const dir = option('--dir', path.join(repo, 'content'));
const seedsDir = option('--seeds', path.resolve(repo, '..', 'shared', 'seeds'));
const seeds = readSeeds(seedsDir);
const report = validateContent(readContentFiles(dir), seeds);

const width = Math.max(...report.durations.map((d) => d.id.length));
console.log(`routine active time (in flare mode), in ${path.relative(process.cwd(), dir) || '.'}:`);
for (const d of report.durations) {
  const flare = formatMinutes(d.gentleSeconds).padStart(5);
  console.log(`  ${d.id.padEnd(width)}  ${formatMinutes(d.seconds).padStart(5)}  (${flare})`);
}
console.log(
  seeds
    ? `copied-run check: ${seeds.length} seed articles`
    : `copied-run check skipped: ${seedsDir} does not exist`,
);

if (report.errors.length > 0) {
  for (const e of report.errors) console.error(formatError(e));
  console.error(`content invalid: ${report.errors.length} errors`);
  process.exit(1);
}
const plan = report.weeklyPlan ? ', weekly plan' : '';
console.log(`content ok: ${report.exercises} exercises, ${report.routines} routines${plan}`);
