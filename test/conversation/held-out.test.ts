/**
 * The held-out sets: phrases people say, written before the samples and never used to write
 * them. Reports the share handled as a person would expect, per batch, state and language,
 * and fails below a batch's threshold in any language.
 * `npx jest test/conversation --verbose=false` prints the tables.
 */
import { Languages } from '../../lambda/ids';
import { check, heldOut, States, type Batch, type Verdict } from './held-out';

interface BatchBar {
  batch: Batch;
  name: string;
  /** A batch smaller than this has lost phrases by accident. */
  atLeast: number;
  threshold: number;
}

const Bars: BatchBar[] = [
  { batch: '', name: 'first batch', atLeast: 150, threshold: 0.9 },
  { batch: '-2', name: 'second batch', atLeast: 90, threshold: 0.9 },
];

function share(list: Verdict[]): string {
  return list.length
    ? `${Math.round((100 * list.filter((v) => v.ok).length) / list.length)}%`
    : '-';
}

describe.each(Bars)('held-out phrases, $name', ({ batch, name, atLeast, threshold }) => {
  it.each(Languages)(
    `in %s are handled as meant at least ${threshold * 100}% of the time`,
    async (lang) => {
      const verdicts: Verdict[] = [];
      for (const phrase of heldOut(lang, batch)) verdicts.push(await check(phrase, lang));
      const rows = States.map((s) => {
        const inState = verdicts.filter((v) => v.state === s);
        return `${s.padEnd(13)} ${share(inState).padStart(4)} of ${inState.length}`;
      });
      const failing = verdicts
        .filter((v) => !v.ok)
        .map((v) => `  [${v.state}] "${v.said}" meant ${v.meaning}, heard ${v.heard}`);
      console.log(
        `${lang} ${name}: ${share(verdicts)} of ${verdicts.length}\n${rows.join('\n')}\nstill failing:\n${failing.join('\n')}`,
      );
      expect(verdicts.length).toBeGreaterThanOrEqual(atLeast);
      expect(verdicts.filter((v) => v.ok).length / verdicts.length).toBeGreaterThanOrEqual(
        threshold,
      );
    },
    120_000,
  );
});
