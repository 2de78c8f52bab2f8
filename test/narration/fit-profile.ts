/**
 * The least-squares fit behind calibrate-espeak.ts. Each measured phrase is one row:
 *   seconds = own(phrase) + carry(phrase before)
 * where own and carry are, for the narration's fixed phrases, one unknown each, and for any
 * other text (content) a linear model of its TextFeatures. A small ridge keeps rarely seen
 * letters from taking wild values. What a phrase adds to a chunk is own + carry.
 */
import type { Language } from '../../lambda/ids';
import type { RateProfile } from '../../lambda/narration/rate-profile';
import { pairKey } from '../../lambda/narration/speech-context';
import { textFeatures } from '../../lambda/narration/text-features';
import { fitContext } from './fit-context';

/** One phrase said in a chunk, and how long it took there. */
export interface Observation {
  text: string;
  seconds: number;
}

const Shared = ['base', 'syllable', 'word', 'comma', 'stop', 'end'] as const;
const Ridge = 0.05;

/** Named features of `text`: the shared ones, and letters prefixed "l:". */
export function featureRow(text: string, lang: Language): Map<string, number> {
  const f = textFeatures(text, lang);
  const row = new Map<string, number>([
    ['base', 1],
    ['syllable', f.syllables],
    ['word', f.words],
    ['comma', f.commas],
    ['stop', f.stops],
    ['end', f.end],
  ]);
  for (const [x, n] of Object.entries(f.letters)) row.set(`l:${x}`, n);
  return row;
}

function solve(m: number[][], b: number[]): number[] {
  // Gauss-Jordan on a symmetric positive definite system (the ridge makes it so).
  const n = b.length;
  const a = m.map((r, i) => [...r, b[i]]);
  for (let i = 0; i < n; i++) {
    const p = a[i][i];
    for (let j = i; j <= n; j++) a[i][j] /= p;
    for (let k = 0; k < n; k++) {
      const f = a[k][i];
      if (k === i || f === 0) continue;
      for (let j = i; j <= n; j++) a[k][j] -= f * a[i][j];
    }
  }
  return a.map((r) => r[n]);
}

export interface Fit {
  profile: RateProfile;
  lexicon: Record<string, number>;
  /** Context terms (speech-context.ts), fitted on the residuals of profile and lexicon. */
  context: Record<string, number>;
  /** Context terms at the slower pace, on top of the stretched length in context. */
  slowContext: Record<string, number>;
  summary: string;
}

export function fitRidge(
  lang: Language,
  chunks: Observation[][],
  slower: Observation[][],
  isFixed: (text: string) => boolean,
): Fit {
  const key = (t: string) => t.trim().toLowerCase();
  const columns = new Map<string, number>();
  const col = (name: string) => {
    if (!columns.has(name)) columns.set(name, columns.size);
    return columns.get(name) as number;
  };
  const part = (text: string, prefix: 'own' | 'carry'): Map<number, number> => {
    if (isFixed(text)) return new Map([[col(`${prefix}=${key(text)}`), 1]]);
    const row = featureRow(text, lang);
    // The carry depends on how a phrase ends, not on its letters: shared features only.
    if (prefix === 'carry') for (const k of row.keys()) if (k.startsWith('l:')) row.delete(k);
    return new Map([...row].map(([k, v]) => [col(`${prefix}:${k}`), v]));
  };
  const rows: Array<{ x: Map<number, number>; y: number }> = [];
  for (const chunk of chunks)
    chunk.forEach((o, i) => {
      const x = part(o.text, 'own');
      if (i > 0)
        for (const [c, v] of part(chunk[i - 1].text, 'carry')) x.set(c, (x.get(c) ?? 0) + v);
      rows.push({ x, y: o.seconds });
    });
  const n = columns.size;
  const xtx = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? Ridge : 0)),
  );
  const xty = new Array<number>(n).fill(0);
  for (const { x, y } of rows)
    for (const [i, vi] of x) {
      xty[i] += vi * y;
      for (const [j, vj] of x) xtx[i][j] += vi * vj;
    }
  const c = solve(xtx, xty);
  const coef = (name: string) => (columns.has(name) ? c[columns.get(name) as number] : 0);
  const round = (v: number, d = 4) => Number(v.toFixed(d));

  // A fixed phrase's usual length is its mean measured length where the narration says it;
  // the own/carry split above is ill-posed for phrases always said in the same order (a rep's
  // cues), and the context table (fit-context.ts) says how each place differs from the mean.
  const said = new Map<string, { n: number; sum: number }>();
  for (const o of chunks.flat())
    if (isFixed(o.text)) {
      const e = said.get(key(o.text)) ?? { n: 0, sum: 0 };
      said.set(key(o.text), { n: e.n + 1, sum: e.sum + o.seconds });
    }
  const lexicon: Record<string, number> = {};
  for (const [text, { n, sum }] of said) lexicon[text] = round(sum / n, 3);
  const shared = Object.fromEntries(
    Shared.map((k) => [k, round(coef(`own:${k}`) + coef(`carry:${k}`))]),
  ) as Record<(typeof Shared)[number], number>;
  // No measured phrase has a sentence end inside it (content says one sentence at a time):
  // time one like a comma's pause rather than as nothing.
  const sawStop = rows.some((r) => (r.x.get(columns.get('own:stop') ?? -1) ?? 0) > 0);
  if (!sawStop) shared.stop = shared.comma;
  const letters: Record<string, number> = {};
  for (const name of [...columns.keys()].sort())
    if (name.startsWith('own:l:')) letters[name.slice(6)] = round(coef(name));
  const profile: RateProfile = { ...shared, letters };

  const own = (text: string) => {
    if (lexicon[key(text)] !== undefined) return lexicon[key(text)];
    let s = 0;
    for (const [k, v] of featureRow(text, lang))
      s += v * (k.startsWith('l:') ? (letters[k.slice(2)] ?? 0) : shared[k as keyof typeof shared]);
    return Math.max(0.15, s);
  };
  const context = fitContext(lang, chunks, lexicon, (ch, i) => own(ch[i].text));
  const inContext = (chunk: Observation[], i: number) => {
    const before = i ? chunk[i - 1].text : '';
    const text = chunk[i].text;
    return Math.max(0.1, own(text) + (context[pairKey(before, text, lang, lexicon)] ?? 0));
  };
  // Slower pace: measured at 90% against the fitted length at 100% in its context.
  const k = 1 / 0.9 - 1;
  const [a, b] = [
    [0, 0, 0, 0],
    [0, 0],
  ];
  for (const chunk of slower)
    for (const [i, o] of chunk.entries()) {
      const s = inContext(chunk, i);
      const d = (o.seconds - s) / k;
      [a[0], a[1], a[3]] = [a[0] + s * s, a[1] + s, a[3] + 1];
      [b[0], b[1]] = [b[0] + s * d, b[1] + d];
    }
  const det = a[0] * a[3] - a[1] * a[1];
  profile.slow = {
    stretch: round((b[0] * a[3] - a[1] * b[1]) / det),
    perPhrase: round((a[0] * b[1] - a[1] * b[0]) / det),
  };
  const { stretch, perPhrase } = profile.slow;
  const slowContext = fitContext(lang, slower, lexicon, (ch, i) => {
    const s = inContext(ch, i);
    return s + k * (s * stretch + perPhrase);
  });
  const errors = chunks.map((ch) =>
    Math.abs(ch.reduce((s, o, i) => s + o.seconds - inContext(ch, i), 0)),
  );
  const rms = Math.sqrt(
    rows.reduce((s, r) => {
      let p = 0;
      for (const [i, v] of r.x) p += v * c[i];
      return s + (p - r.y) ** 2;
    }, 0) / rows.length,
  );
  return {
    profile,
    lexicon,
    context,
    slowContext,
    summary: `${rows.length} phrases in ${chunks.length} chunks: rms per phrase ${rms.toFixed(3)} s, chunk total max ${Math.max(...errors).toFixed(2)} s (fitted; check-espeak.ts measures the real plan)`,
  };
}
