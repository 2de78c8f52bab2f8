import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildModels } from '../../interaction-models/source/build';
import type { InteractionModel } from '../../interaction-models/source/grammar';
import { getCatalog } from '../../lambda/content/index';
import { BuiltIn, Intent, Locales, type Language } from '../../lambda/ids';
import { modelFileText } from '../../tools/build-models';
import { invocationProblems, sampleProblems, typeProblems } from '../models/model-rules';

const dir = path.join(__dirname, '../../interaction-models');
const fileOf = (locale: string) => path.join(dir, `${locale}.json`);
const built = buildModels(getCatalog());

describe.each([...Locales])('the %s model', (locale) => {
  const lang = locale.slice(0, 2) as Language;

  it('is committed and is what `npm run models:build` makes today', () => {
    expect(existsSync(fileOf(locale))).toBe(true);
    // On failure: run `npm run models:build` and commit the result.
    expect(readFileSync(fileOf(locale), 'utf8')).toBe(modelFileText(built[locale]));
  });

  const model: InteractionModel = JSON.parse(readFileSync(fileOf(locale), 'utf8'));
  const lm = model.interactionModel.languageModel;
  const samplesOf = (name: string) => lm.intents.find((i) => i.name === name)?.samples ?? [];

  it('declares the intents the skill handles, as English does', () => {
    const expected = [...Object.values(Intent), ...Object.values(BuiltIn)].sort();
    expect(lm.intents.map((i) => i.name).sort()).toEqual(expected);
  });

  it('gives every custom intent 15 samples or more, starting a routine 40 or more', () => {
    expect(Object.values(Intent).filter((name) => samplesOf(name).length < 15)).toEqual([]);
    expect(samplesOf(Intent.StartRoutine).length).toBeGreaterThanOrEqual(40);
    expect(samplesOf(BuiltIn.Fallback)).toEqual([]);
  });

  it('has samples Alexa accepts in this language, none shared by two intents', () => {
    expect(sampleProblems(lm, lang)).toEqual([]);
  });

  it('has slot types whose phrases each mean one value', () => {
    expect(typeProblems(lm)).toEqual([]);
  });

  it('has an invocation name Alexa accepts in this language', () => {
    expect(invocationProblems(lm.invocationName, lang)).toEqual([]);
  });
});

describe('the locale rules themselves', () => {
  it('catch launch words, lone articles and refused characters in any language', () => {
    expect(invocationProblems('öffne coach', 'de')).toContain('launch word "öffne"');
    expect(invocationProblems('der coach', 'de')).toHaveLength(1);
    expect(invocationProblems('abre espalda', 'es')).toContain('launch word "abre"');
    expect(invocationProblems('rücken coach', 'de')).toEqual([]);
    const lm = {
      invocationName: 'x y',
      intents: [
        { name: 'A', samples: ['übung 2', 'qué tal', 'frage?'] },
        { name: 'B', samples: ['Qué tal'] },
      ],
      types: [],
    };
    expect(sampleProblems(lm, 'de')).toEqual([
      'A: "übung 2" has characters or spacing Alexa refuses',
      'A: "frage?" has characters or spacing Alexa refuses',
      '"Qué tal" is in A and B',
    ]);
  });
});
