import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HandledIntents } from '../../lambda/skill';

const dir = path.join(__dirname, '../../interaction-models');
const models = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('intents: the models and the handlers agree', () => {
  it('has a model for every English locale at least', () => {
    expect(models).toEqual(
      expect.arrayContaining([
        'en-US.json',
        'en-GB.json',
        'en-CA.json',
        'en-AU.json',
        'en-IN.json',
      ]),
    );
  });

  it.each(models)(
    '%s: every intent has a handler and every handled intent is in the model',
    (file) => {
      const model = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const inModel: string[] = model.interactionModel.languageModel.intents.map(
        (i: { name: string }) => i.name,
      );
      expect([...inModel].sort()).toEqual([...HandledIntents].sort());
    },
  );
});
