import { buildSeedIndex, findCopiedRun, normaliseWords } from '../../lambda/content/copy-check';

const seed = {
  name: 'sample.txt',
  text: 'Slowly lower your knees to the left, keeping both shoulders on the ground at all times.',
};
const index = buildSeedIndex([seed]);

describe('copied-run check', () => {
  it('normalises case, punctuation and apostrophes', () => {
    expect(normaliseWords("Don't  ROLL—your knees, slowly!")).toEqual([
      'dont',
      'roll',
      'your',
      'knees',
      'slowly',
    ]);
  });

  it('finds a run of 8 words shared with an article, whatever the punctuation', () => {
    const hit = findCopiedRun('Now: keeping BOTH shoulders on the ground, at all times!', index);
    expect(hit).toEqual({
      run: 'keeping both shoulders on the ground at all',
      seed: 'sample.txt',
    });
  });

  it('lets 7 shared words pass', () => {
    expect(findCopiedRun('Keep both shoulders on the ground at all hours.', index)).toBeUndefined();
  });
});
