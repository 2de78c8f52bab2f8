import { createMatcher, FallbackIntentName, LaunchRequestName } from '../../tools/lib/nlu';
import { BuiltIn, Intent } from '../../lambda/ids';
import { fixtureModel } from './fixture-model';

const { match } = createMatcher(fixtureModel);

describe('matching typed text through the interaction model', () => {
  it.each([
    ['what can I say', BuiltIn.Help],
    ['Help!', BuiltIn.Help],
    ['next', BuiltIn.Next],
    ['yes please', BuiltIn.Yes],
    ['stop', BuiltIn.Stop],
    ['That hurts.', Intent.Pain],
    ['ouch', Intent.Pain],
    ['I feel a sharp pain', Intent.Pain],
    ["let's stretch", Intent.StartRoutine],
    ['skip this one', Intent.Skip],
    ['how much longer', Intent.TimeLeft],
    ["what's my streak", Intent.Progress],
    ['whisper please', Intent.QuietOn],
    ["I'm having a flare", Intent.FlareOn],
    ['what routines do you have', Intent.ListRoutines],
    ["what's on today", Intent.TodayPlan],
  ])('"%s" -> %s', (text, intent) => {
    expect(match(text).intent).toBe(intent);
  });

  it('leaves out hesitation sounds the way speech recognition does, unless said alone', () => {
    expect(match('um, yes please').intent).toBe(BuiltIn.Yes);
    expect(match('uh what can I say').intent).toBe(BuiltIn.Help);
    expect(match('um').intent).toBe(FallbackIntentName);
    // Only leading ones go: German "um" ends "bringt mich um".
    expect(match('that hurts um').intent).toBe(FallbackIntentName);
  });

  it('resolves a routine by name or synonym to its content id', () => {
    expect(match('start my morning routine')).toMatchObject({
      intent: Intent.StartRoutine,
      slots: { routine: { value: 'morning', id: 'morning', name: 'morning', type: 'RoutineName' } },
    });
    expect(match("let's do the bedtime routine").slots.routine).toMatchObject({ id: 'in-bed' });
  });

  it('resolves exercises and the moves the skill leaves out', () => {
    expect(match('how about cat camel').slots.exercise).toMatchObject({
      id: 'cat-cow',
      name: 'cat cow',
    });
    expect(match("let's do a knee hug")).toMatchObject({ intent: Intent.StartExercise });
    expect(match('do toe touches')).toMatchObject({
      intent: Intent.StartExercise,
      slots: { exercise: { id: 'toe-touch' } },
    });
    expect(match('I want to do sit ups').slots.exercise).toMatchObject({ id: 'sit-up' });
  });

  it('passes unknown words in a custom slot on as heard, without an id (ER_SUCCESS_NO_MATCH)', () => {
    const result = match('start my lunchtime routine');
    expect(result.intent).toBe(Intent.StartRoutine);
    expect(result.slots.routine).toEqual({ value: 'lunchtime', type: 'RoutineName' });
  });

  it('prefers the intent whose slot value resolves when two samples fit', () => {
    expect(match('start cat cow')).toMatchObject({ intent: Intent.StartExercise });
    expect(match('start morning')).toMatchObject({ intent: Intent.StartRoutine });
  });

  it('reads breathing numbers as words or digits and yields digit strings', () => {
    expect(match('breathe in for four and out for six')).toMatchObject({
      intent: Intent.SetBreathing,
      slots: { inhale: { value: '4' }, exhale: { value: '6' } },
    });
    expect(match('in for 4, hold for 7, out for 8').slots).toEqual({
      inhale: { value: '4' },
      holdIn: { value: '7' },
      exhale: { value: '8' },
    });
    expect(match('inhale for forty five seconds and exhale for sixty seconds').slots).toEqual({
      inhale: { value: '45' },
      exhale: { value: '60' },
    });
  });

  it('names breathing patterns and paces by their synonyms', () => {
    expect(match('box breathing')).toMatchObject({
      intent: Intent.SetBreathing,
      slots: { pattern: { id: 'box' } },
    });
    expect(match('4-7-8').slots.pattern).toMatchObject({ id: 'four-seven-eight' });
    expect(match('slow down')).toMatchObject({
      intent: Intent.SetPace,
      slots: { pace: { id: 'slower' } },
    });
    expect(match('make the holds longer').slots.holdLength).toMatchObject({ id: 'longer' });
  });

  it('never lets a bare slot sample swallow an unrelated sentence', () => {
    expect(match('the weather in paris')).toEqual({ intent: FallbackIntentName, slots: {} });
    expect(match('')).toEqual({ intent: FallbackIntentName, slots: {} });
    expect(match('in for banana out for six').intent).toBe(FallbackIntentName);
  });

  it('recognises launch phrases and one-shots naming the skill', () => {
    expect(match('open back stretch coach')).toMatchObject({
      intent: LaunchRequestName,
      invocation: 'launch',
    });
    expect(match('Alexa, launch Back Stretch Coach')).toMatchObject({ intent: LaunchRequestName });
    expect(match('ask back stretch coach to start my morning routine')).toMatchObject({
      intent: Intent.StartRoutine,
      invocation: 'one-shot',
      slots: { routine: { id: 'morning' } },
    });
    expect(match('tell back stretch coach that hurts')).toMatchObject({ intent: Intent.Pain });
    expect(match('ask back stretch coach for help')).toMatchObject({ intent: BuiltIn.Help });
    expect(match('start my morning routine with back stretch coach').slots.routine).toMatchObject({
      id: 'morning',
    });
    expect(match('ask back stretch coach to juggle')).toMatchObject({
      intent: FallbackIntentName,
      invocation: 'one-shot',
    });
  });

  it('matches every sample of the model back to its own intent', () => {
    const misses: string[] = [];
    const values: Record<string, string> = {
      routine: 'wake up',
      exercise: 'knee hug',
      pace: 'faster',
      holdLength: 'shorter',
      pattern: 'box',
      inhale: 'three',
      exhale: 'five',
      holdIn: 'two',
      holdOut: 'one',
      time: 'seven thirty',
    };
    for (const intent of fixtureModel.interactionModel.languageModel.intents) {
      for (const sample of intent.samples) {
        const said = sample.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot]);
        if (match(said).intent !== intent.name) misses.push(`${said} -> ${match(said).intent}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
