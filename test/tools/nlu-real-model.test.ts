/**
 * The matcher on the committed English model and the real content: every name a user may say
 * reaches the right content id, and every sample leads back to its own intent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InteractionModel } from '../../interaction-models/source/grammar';
import { BuiltIn, Intent, SlotType } from '../../lambda/ids';
import { createMatcher } from '../../tools/lib/nlu';

const model: InteractionModel = JSON.parse(
  readFileSync(path.join(__dirname, '../../interaction-models/en-US.json'), 'utf8'),
);
const { match } = createMatcher(model);
const lm = model.interactionModel.languageModel;
const phrasesOf = (type: string) =>
  (lm.types.find((t) => t.name === type)?.values ?? []).flatMap((v) =>
    [v.name.value, ...(v.name.synonyms ?? [])].map((phrase) => [phrase, v.id] as const),
  );

describe('the matcher on the deployed English model', () => {
  it.each([
    ['start my morning routine', Intent.StartRoutine, 'routine', 'bedside-morning'],
    ["let's do the desk break", Intent.StartRoutine, 'routine', 'desk-break'],
    ['I want to do the flare day routine', Intent.StartRoutine, 'routine', 'flare-day'],
    ['do toe touches', Intent.StartExercise, 'exercise', 'toe-touch'],
    ['can I do sit ups', Intent.StartExercise, 'exercise', 'full-sit-up'],
    ["let's do a bird dog", Intent.StartExercise, 'exercise', 'bird-dog'],
    ["how about child's pose", Intent.StartExercise, 'exercise', 'childs-pose'],
    ['how do I do a cat cow', Intent.DescribeExercise, 'exercise', 'cat-cow'],
    ['four seven eight', Intent.SetBreathing, 'pattern', 'four-seven-eight'],
  ])('"%s" -> %s with %s=%s', (text, intent, slot, id) => {
    const result = match(text);
    expect(result.intent).toBe(intent);
    expect(result.slots[slot]).toMatchObject({ id });
  });

  it.each([
    ['open back stretch coach', 'LaunchRequest'],
    ['what can I say', BuiltIn.Help],
    ['stop', BuiltIn.Stop],
    ['help', BuiltIn.Help],
  ])('"%s" -> %s', (text, intent) => {
    expect(match(text).intent).toBe(intent);
  });

  it('resolves every routine name and synonym after "start the"', () => {
    const wrong = phrasesOf(SlotType.Routine)
      .map(([phrase, id]) => [phrase, id, match(`start the ${phrase}`).slots.routine?.id])
      .filter(([, id, got]) => id !== got);
    expect(wrong).toEqual([]);
  });

  it('resolves every exercise and avoided-move name and synonym after "let\'s do"', () => {
    const wrong = phrasesOf(SlotType.Exercise)
      .map(([phrase, id]) => [phrase, id, match(`let's do ${phrase}`).slots.exercise?.id])
      .filter(([, id, got]) => id !== got);
    expect(wrong).toEqual([]);
  });

  it('leads every sample, slots filled, back to its own intent', () => {
    const fill: Record<string, string> = {
      routine: 'desk break',
      exercise: 'bird dog',
      pace: 'faster',
      holdLength: 'shorter',
      pattern: 'box',
      inhale: 'three',
      exhale: 'five',
      holdIn: 'two',
      holdOut: 'one',
      time: 'seven thirty',
    };
    const misses = lm.intents.flatMap((intent) =>
      intent.samples
        .map((s) => s.replace(/\{(\w+)\}/g, (_, slot: string) => fill[slot]))
        .filter((said) => match(said).intent !== intent.name)
        .map((said) => `${said} -> ${match(said).intent} (wanted ${intent.name})`),
    );
    expect(misses).toEqual([]);
  });
});
