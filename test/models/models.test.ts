import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildModels } from '../../interaction-models/source/build';
import type { InteractionModel } from '../../interaction-models/source/grammar';
import { getCatalog } from '../../lambda/content/index';
import { BuiltIn, Intent, Locales, SlotType } from '../../lambda/ids';
import { modelFileText } from '../../tools/build-models';
import { fixtureCatalog, fixtureModel } from '../tools/fixture-model';
import { invocationProblems, sampleProblems, typeProblems } from './model-rules';

const dir = path.join(__dirname, '../../interaction-models');
// English rules (invocation name, ASCII samples); test/i18n/models.test.ts checks every locale
// with its own language's rules.
const committed: [string, InteractionModel][] = readdirSync(dir)
  .filter((f) => /^en-[A-Z]{2}\.json$/.test(f))
  .map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8'))]);
const models: [string, InteractionModel][] = [['fixture build', fixtureModel], ...committed];

describe.each(models)('interaction model %s', (_, model) => {
  const lm = model.interactionModel.languageModel;
  const samplesOf = (name: string) => lm.intents.find((i) => i.name === name)?.samples ?? [];

  it('declares every intent the skill defines, and nothing else', () => {
    const expected = [...Object.values(Intent), ...Object.values(BuiltIn)].sort();
    expect(lm.intents.map((i) => i.name).sort()).toEqual(expected);
  });

  it('gives every custom intent at least 15 samples, and starting a routine 40', () => {
    const thin = Object.values(Intent).filter((name) => samplesOf(name).length < 15);
    expect(thin).toEqual([]);
    expect(samplesOf(Intent.StartRoutine).length).toBeGreaterThanOrEqual(40);
    expect(samplesOf(Intent.StartRoutine)).toEqual(
      expect.arrayContaining(['start my {routine} routine', 'start my routine']),
    );
  });

  it('adds no samples to built-ins that cannot take them', () => {
    expect(samplesOf(BuiltIn.Fallback)).toEqual([]);
  });

  it('has samples Alexa accepts: plain words, declared slots, none shared by two intents', () => {
    expect(sampleProblems(lm)).toEqual([]);
  });

  it('has slot types whose phrases each mean one value', () => {
    expect(typeProblems(lm)).toEqual([]);
  });

  it('has an invocation name Alexa accepts', () => {
    expect(lm.invocationName).toBe('back stretch coach');
    expect(invocationProblems(lm.invocationName)).toEqual([]);
  });
});

describe('slot types from content', () => {
  const types = fixtureModel.interactionModel.languageModel.types;
  const ids = (name: string) => types.find((t) => t.name === name)?.values.map((v) => v.id);

  it('use the content ids, routines in listing order, avoided moves among the exercises', () => {
    expect(ids(SlotType.Routine)).toEqual([...fixtureCatalog.routineOrder]);
    expect(ids(SlotType.Exercise)).toEqual(['cat-cow', 'knee-to-chest', 'toe-touch', 'sit-up']);
  });

  it('say names as spoken: lowercase, hyphens as spaces, synonyms kept', () => {
    const sitUp = types
      .find((t) => t.name === SlotType.Exercise)
      ?.values.find((v) => v.id === 'sit-up');
    expect(sitUp?.name).toEqual({ value: 'sit ups', synonyms: ['sit up', 'situps'] });
  });
});

describe('the committed models', () => {
  it('are what `npm run models:build` makes from the grammar and the content today', () => {
    const built = buildModels(getCatalog());
    expect(Object.keys(built).sort()).toEqual([...Locales].sort());
    for (const locale of Locales) {
      const file = readFileSync(path.join(dir, `${locale}.json`), 'utf8');
      // On failure: run `npm run models:build` and commit the result.
      expect(file).toBe(modelFileText(built[locale]));
    }
  });
});

describe('the model rules themselves', () => {
  it('catch what Alexa would refuse', () => {
    const bad = {
      invocationName: 'the coach',
      intents: [
        {
          name: 'A',
          slots: [{ name: 'x', type: 'Missing' }],
          samples: ['go {y}', 'stop 2 now', 'same'],
        },
        { name: 'B', samples: ['Same'] },
      ],
      types: [
        {
          name: 'T',
          values: [
            { id: 'a', name: { value: 'one' } },
            { id: 'b', name: { value: 'One' } },
          ],
        },
      ],
    };
    expect(invocationProblems(bad.invocationName)).toHaveLength(1);
    expect(invocationProblems('open coach')).toContain('launch word "open"');
    expect(sampleProblems(bad)).toEqual([
      'A: "go {y}" uses undeclared {y}',
      'A: "stop 2 now" has characters or spacing Alexa refuses',
      '"Same" is in A and B',
    ]);
    expect(typeProblems(bad)).toEqual([
      'A.x: type Missing is not declared',
      'T: "One" not lowercase',
    ]);
  });
});
