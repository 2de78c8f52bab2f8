import { estimateSsmlSeconds, narrateExercise } from '../../lambda/narration';
import { fixtureExercises } from './fixtures';
import { options } from './support';

describe('estimateSsmlSeconds', () => {
  it.each(fixtureExercises.map((e) => [e.id, e] as const))(
    'reads back the planned length of %s (slower, quiet, both profiles)',
    (_id, exercise) => {
      for (const voice of ['alexa', 'espeak'] as const) {
        for (const c of narrateExercise(
          exercise,
          options({ pace: 'slower', quiet: true }, { voice }),
        )) {
          expect(estimateSsmlSeconds(c.ssml, 'en-US', voice)).toBeCloseTo(c.plannedSeconds, 1);
        }
      }
    },
  );

  it('sums breaks, honours prosody rate and decodes entities', () => {
    const plain = estimateSsmlSeconds('Rock &amp; roll.', 'en-US', 'alexa');
    const slow = estimateSsmlSeconds(
      '<prosody rate="50%">Rock &amp; roll.</prosody>',
      'en-US',
      'alexa',
    );
    expect(slow).toBeCloseTo(plain * 2, 1);
    expect(
      estimateSsmlSeconds('Hi.<break time="2s"/>there<break time="500ms"/>', 'en-US', 'alexa'),
    ).toBeGreaterThan(2.5);
  });
});
