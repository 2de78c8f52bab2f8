/**
 * The context table behind calibrate-espeak.ts. After the profile and lexicon are fitted, each
 * measured phrase's residual (measured less its usual length) depends on the phrase before it
 * and on the one after it (espeak-ng carries part of a phrase into the silence that follows
 * the next one). Both effects are fitted per pair of phrases (speech-context.ts keys) by a few
 * rounds of backfitting, each a mean shrunk toward zero for pairs seen rarely, and the table
 * stores their sum for the pair, applied to its second phrase: a chunk's total stays the same
 * as if each phrase had its own share, and the planner only ever needs the phrase before.
 */
import type { Language } from '../../lambda/ids';
import { pairKey } from '../../lambda/narration/speech-context';
import type { Observation } from './fit-profile';

/** Pairs seen fewer times are left out; `Shrink` pseudo-observations of zero damp the rest. */
const MinSeen = 5;
const Shrink = 3;
const Rounds = 8;

interface Row {
  before: string;
  after?: string;
  r: number;
}

function shrunkMeans(
  rows: Row[],
  keyOf: (row: Row) => string | undefined,
  less: (row: Row) => number,
) {
  const sums = new Map<string, { n: number; sum: number }>();
  for (const row of rows) {
    const k = keyOf(row);
    if (k === undefined) continue;
    const e = sums.get(k) ?? { n: 0, sum: 0 };
    sums.set(k, { n: e.n + 1, sum: e.sum + row.r - less(row) });
  }
  const means = new Map<string, number>();
  for (const [k, { n, sum }] of sums) if (n >= MinSeen) means.set(k, sum / (n + Shrink));
  return means;
}

export function fitContext(
  lang: Language,
  chunks: Observation[][],
  lexicon: Record<string, number>,
  /** The planned length of phrase i of a chunk before this table. */
  expected: (chunk: Observation[], i: number) => number,
): Record<string, number> {
  const rows: Row[] = chunks.flatMap((chunk) =>
    chunk.map((o, i) => ({
      before: pairKey(i ? chunk[i - 1].text : '', o.text, lang, lexicon),
      after: i + 1 < chunk.length ? pairKey(o.text, chunk[i + 1].text, lang, lexicon) : undefined,
      r: o.seconds - expected(chunk, i),
    })),
  );
  let fromBefore = new Map<string, number>();
  let fromAfter = new Map<string, number>();
  for (let round = 0; round < Rounds; round++) {
    fromBefore = shrunkMeans(
      rows,
      (x) => x.before,
      (x) => (x.after ? (fromAfter.get(x.after) ?? 0) : 0),
    );
    fromAfter = shrunkMeans(
      rows,
      (x) => x.after,
      (x) => fromBefore.get(x.before) ?? 0,
    );
  }
  const table: Record<string, number> = {};
  for (const k of [...new Set([...fromBefore.keys(), ...fromAfter.keys()])].sort()) {
    const delta = (fromBefore.get(k) ?? 0) + (fromAfter.get(k) ?? 0);
    if (Math.abs(delta) >= 0.005) table[k] = Number(delta.toFixed(3));
  }
  return table;
}
