/**
 * How close the espeak-ng plan is to the audio, chunk by chunk:
 * `npx tsx test/narration/check-espeak.ts [--all]` (needs espeak-ng; renders are cached in
 * /tmp/espeak-measure). Every chunk of every routine in en, de and es, with default, flare and
 * slower preferences (--all adds each exercise on its own), is rendered and its length compared
 * with plannedSeconds. Prints, per language and preferences, the largest and 95th-percentile
 * error, and the bedside-morning table. Exits 1 when an English routine chunk is off by more
 * than 0.5 s.
 */
import { Languages } from '../../lambda/ids';
import { corpusChunks, Variants, type CorpusChunk } from './calibration-corpus';
import { render, saveCache } from './espeak-measure';

const Target = 0.5;

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)];
}

async function main(): Promise<void> {
  const all = process.argv.includes('--all');
  let failed = false;
  for (const lang of Languages) {
    for (const variant of Object.keys(Variants)) {
      const chunks = corpusChunks(lang, [variant]).filter((c) => all || c.routine);
      const rows = await Promise.all(
        chunks.map(async (c: CorpusChunk) => {
          const measured = (await render(c.chunk.ssml, c.locale)).seconds;
          return { c, measured, off: measured - c.chunk.plannedSeconds };
        }),
      );
      const abs = rows.map((r) => Math.abs(r.off));
      const worst = rows[abs.indexOf(Math.max(...abs))];
      console.log(
        `${lang} ${variant.padEnd(7)} ${String(rows.length).padStart(3)} chunks: max ${Math.max(...abs).toFixed(2)} s, p95 ${p95(abs).toFixed(2)} s, within ${Target} s ${abs.filter((a) => a <= Target).length}/${rows.length} (worst ${worst.c.name}, ${worst.off.toFixed(2)} s)`,
      );
      if (lang === 'en' && Math.max(...abs) > Target) failed = true;
      if (variant === 'default')
        for (const r of rows.filter((x) => x.c.name.startsWith('bedside-morning#')))
          console.log(
            `   ${r.c.name.padEnd(28)} planned ${r.c.chunk.plannedSeconds.toFixed(2).padStart(7)} s  measured ${r.measured.toFixed(2).padStart(7)} s  off ${r.off.toFixed(2).padStart(5)} s`,
          );
    }
  }
  saveCache();
  process.exitCode = failed ? 1 : 0;
}

void main();
