/**
 * The held-out set: phrases people say, written before the samples and never used to write
 * them. Reports the share handled as a person would expect, per state and per language, and
 * fails below 90 % in any language. `npx jest test/conversation --verbose=false` prints the table.
 */
import { Languages, type Language } from '../../lambda/ids';
import { check, heldOut, States, type Verdict } from './held-out';

const Threshold = 0.9;
const results = new Map<Language, Verdict[]>();

function share(list: Verdict[]): string {
  return list.length
    ? `${Math.round((100 * list.filter((v) => v.ok).length) / list.length)}%`
    : '-';
}

describe.each(Languages)('held-out phrases in %s', (lang) => {
  it(`are handled as meant at least ${Threshold * 100}% of the time`, async () => {
    const verdicts: Verdict[] = [];
    for (const phrase of heldOut(lang)) verdicts.push(await check(phrase, lang));
    results.set(lang, verdicts);
    const rows = States.map((s) => {
      const inState = verdicts.filter((v) => v.state === s);
      return `${s.padEnd(13)} ${share(inState).padStart(4)} of ${inState.length}`;
    });
    const failing = verdicts
      .filter((v) => !v.ok)
      .map((v) => `  [${v.state}] "${v.said}" meant ${v.meaning}, heard ${v.heard}`);
    console.log(
      `${lang}: ${share(verdicts)} of ${verdicts.length}\n${rows.join('\n')}\nstill failing:\n${failing.join('\n')}`,
    );
    expect(verdicts.length).toBeGreaterThanOrEqual(150);
    expect(verdicts.filter((v) => v.ok).length / verdicts.length).toBeGreaterThanOrEqual(Threshold);
  }, 120_000);
});
