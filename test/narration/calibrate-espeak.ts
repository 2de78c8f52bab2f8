/**
 * Fits the espeak-ng speaking-rate profile: `npx tsx test/narration/calibrate-espeak.ts`.
 * Each corpus phrase is measured in context (see measure(): espeak-ng replaces a phrase's own
 * final pause with the following break; a phrase at the very end of a document runs about
 * 0.1 s longer, so it is never measured there). Then a least-squares fit of
 * seconds = base + syllable*s + word*w + comma*c + stop*p is printed per language, with the
 * fit's error. Paste the coefficients into lambda/narration/rate-profiles.ts.
 *
 * It also measures every narration phrase without {{variables}} (counts, cues inside holds)
 * and writes them to lambda/narration/espeak-lexicon.json: those words are said many times
 * inside timed windows, so their small model errors would add up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Languages } from '../../lambda/ids';
import { textFeatures } from '../../lambda/narration/text-features';
import { renderWav, wavSeconds } from '../../tools/lib/espeak';
import { resources } from '../../lambda/i18n';
import { corpus } from './calibration-corpus';

function leaves(node: unknown): string[] {
  if (typeof node === 'string') return node.includes('{{') ? [] : [node];
  return node && typeof node === 'object' ? Object.values(node).flatMap(leaves) : [];
}

function solve(a: number[][], b: number[]): number[] {
  // Normal equations with Gauss-Jordan elimination: five unknowns, a few dozen rows.
  const n = a[0].length;
  const m = Array.from({ length: n }, (_, i) => [
    ...Array.from({ length: n }, (_, j) => a.reduce((s, r) => s + r[i] * r[j], 0)),
    a.reduce((s, r, k) => s + r[i] * b[k], 0),
  ]);
  for (let i = 0; i < n; i++) {
    const p = m[i][i] || 1e-9;
    for (let j = i; j <= n; j++) m[i][j] /= p;
    for (let k = 0; k < n; k++) {
      if (k === i) continue;
      const f = m[k][i];
      for (let j = i; j <= n; j++) m[k][j] -= f * m[i][j];
    }
  }
  return m.map((r) => r[n]);
}

const dir = mkdtempSync(join(tmpdir(), 'calibrate-'));
/**
 * espeak-ng times a clause a little differently by context: after a full sentence, and after
 * many short clauses in a row, each runs a few hundredths of a second longer. So a phrase is
 * measured where the narration says it: after a sentence, several times over, each time
 * followed by a 0.7 s break, between two markers.
 */
const context = {
  en: 'Breathe in for 4, and out for 6.<break time="1500ms"/>',
  de: 'Atme vier Sekunden ein und sechs aus.<break time="1500ms"/>',
  es: 'Inspira en cuatro y espira en seis.<break time="1500ms"/>',
};
const marker = { en: 'one', de: 'eins', es: 'uno' };
let renders = 0;
function seconds(body: string, lang: string): number {
  const file = join(dir, `${renders++}.wav`);
  renderWav(body, lang, file);
  return wavSeconds(file);
}
/** Seconds of `text` in context, without its break. */
function measure(text: string, lang: keyof typeof marker, times = 4): number {
  const around = (inner: string) => seconds(`${context[lang]}${inner}${marker[lang]}`, lang);
  const repeated = `${text}<break time="700ms"/>`.repeat(times);
  return (around(repeated) - around('')) / times - 0.7;
}
const lexicon: Record<string, Record<string, number>> = {};
for (const lang of Languages) {
  const phrases = leaves(resources[lang]?.narration);
  lexicon[lang] = {};
  for (const text of new Set(phrases)) {
    lexicon[lang][text.trim().toLowerCase()] = Number(measure(text, lang).toFixed(3));
  }
  const rows: number[][] = [];
  const secs: number[] = [];
  for (const text of corpus[lang]) {
    const f = textFeatures(text, lang);
    rows.push([1, f.syllables, f.words, f.commas, f.stops]);
    secs.push(measure(text, lang, 2));
  }
  const c = solve(rows, secs);
  const errors = rows.map((r, k) => r.reduce((s, x, j) => s + x * c[j], 0) - secs[k]);
  const worst = Math.max(...errors.map(Math.abs));
  const rms = Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);
  const [base, syllable, word, comma, stop] = c.map((x) => Number(x.toFixed(4)));
  console.log(
    lang,
    JSON.stringify({ base, syllable, word, comma, stop }),
    `rms ${rms.toFixed(3)} s, worst ${worst.toFixed(3)} s, n ${rows.length}`,
  );
}
const out = join(__dirname, '../../lambda/narration/espeak-lexicon.json');
writeFileSync(out, `${JSON.stringify(lexicon, null, 2)}\n`);
console.log(`wrote ${out}`);
