import { formatError } from '../../lambda/content/content-error';
import { readContentFiles } from '../../lambda/content/read-files';
import { RequiredRoutineIds } from '../../lambda/content/routine-ids';
import { validateContent } from '../../lambda/content/validate';
import { ROUTINE_SECONDS_RANGE } from '../../lambda/content/validate-routine';
import { contentDir, errorsWithFixture, seeds } from './support';

describe('the real content', () => {
  const report = validateContent(readContentFiles(contentDir), seeds);

  it('passes every check', () => {
    expect(report.errors.map(formatError)).toEqual([]);
  });

  it('has at least 28 exercises, the 9 routines and the weekly plan', () => {
    expect(report.exercises).toBeGreaterThanOrEqual(28);
    expect(report.durations.map((d) => d.id).sort()).toEqual([...RequiredRoutineIds].sort());
    expect(report.weeklyPlan).toBe(true);
  });

  it('gives every routine a computed length in the sane range, shorter on a flare day', () => {
    const [min, max] = ROUTINE_SECONDS_RANGE;
    for (const d of report.durations) {
      expect(d.seconds).toBeGreaterThanOrEqual(min);
      expect(d.seconds).toBeLessThanOrEqual(max);
      expect(d.gentleSeconds).toBeLessThanOrEqual(d.seconds);
    }
  });
});

describe('a bad file fails with its file, item and field named', () => {
  it.each([
    ['missing-field', 'exercises/bridge.json: bridge: cautions: missing (expected object)'],
    [
      'unknown-exercise',
      'routines/desk-break.json: desk-break: steps[0].exercise: unknown exercise "neck-cracker"',
    ],
    [
      'avoided-in-routine',
      'routines/core-strength.json: core-strength: steps[2].exercise: "full-sit-up" is an avoided move; use "deep-abdominal-brace" instead',
    ],
    [
      'not-flare-safe',
      'routines/flare-day.json: flare-day: steps[1].exercise: "bridge" is not flare-safe',
    ],
    [
      'position-flow',
      'routines/lower-back.json: lower-back: steps[2]: goes back to floor after leaving it',
    ],
    [
      'no-rep-cue',
      'exercises/pelvic-tilt.json: pelvic-tilt: repCues: missing: every rep needs an action cue',
    ],
    [
      'override-out-of-range',
      'routines/desk-break.json: desk-break: steps[3].overrides.reps: 1 is outside the article range [2, 3] of "chair-twist"',
    ],
    [
      'duplicate-name',
      'routines/breathing.json: breathing: synonyms.en: "belly breathing" is already a name of diaphragmatic-breathing (exercises/diaphragmatic-breathing.json)',
    ],
  ])('%s', (fixture, expected) => {
    expect(errorsWithFixture(fixture)).toEqual([expected]);
  });

  (seeds ? it : it.skip)('copied-text (needs ../shared/seeds)', () => {
    expect(errorsWithFixture('copied-text')).toEqual([
      'exercises/cat-cow.json: cat-cow: setup.en: copies "with your hands positioned directly beneath your shoulders" from 000_eb0f70ad5290731c.txt: say it in your own words',
    ]);
  });

  it('avoid-if-sentence: a condition written as a sentence, the German capital allowed', () => {
    // Said as "Skip this one if …", so "Your shoulder … easily." would be heard mid-sentence.
    const at = 'exercises/corner-stretch.json: corner-stretch: avoidIf';
    expect(errorsWithFixture('avoid-if-sentence')).toEqual([
      `${at}.en[0]: a condition, not a sentence: drop the closing punctuation`,
      `${at}.en[0]: a condition, not a sentence: start it in lower case`,
      `${at}.de[0]: a condition, not a sentence: drop the closing punctuation`,
    ]);
  });

  it('missing-language: every text lacks its German when the manifest declares "de"', () => {
    const errors = errorsWithFixture('missing-language');
    expect(errors).toContain('exercises/bridge.json: bridge: name.de: missing German text');
    expect(errors).toContain(
      'weekly-plan.json: weekly-plan: days[1].activity.de: missing German text',
    );
    expect(errors.every((e) => e.endsWith(': missing German text'))).toBe(true);
  });
});
