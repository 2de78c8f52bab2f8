/** Spoken names open the exercise with a capital; only the first character changes. */
import { narrateExercise } from '../../lambda/narration';
import { capitaliseFirst } from '../../lambda/narration/sentence-case';
import { birdDog, kneeToChest } from './fixtures';
import { options, phrasesFor, spoken } from './support';

describe('names at the start of a sentence', () => {
  it.each([
    ['knee to chest rock', 'en', 'Knee to chest rock'],
    ['seitliches Beinheben', 'de', 'Seitliches Beinheben'],
    ['Brücke', 'de', 'Brücke'],
    ['ábside lento', 'es', 'Ábside lento'],
    ['', 'en', ''],
  ] as const)('%j (%s) -> %j', (name, lang, expected) => {
    expect(capitaliseFirst(name, lang)).toBe(expected);
  });

  it('the intro opens with the capitalised name, the rest of the name as written', () => {
    const [chunk] = narrateExercise(birdDog, options());
    expect(spoken(chunk.timeline)[0]).toBe('Bird dog.');
  });

  it('in German and Spanish too', () => {
    const named = {
      ...kneeToChest,
      spokenName: { en: 'knee to chest', de: 'knie zur Brust', es: 'rodilla al pecho' },
    };
    for (const [locale, first] of [
      ['de-DE', 'Knie zur Brust'],
      ['es-ES', 'Rodilla al pecho'],
    ]) {
      const [chunk] = narrateExercise(named, options({}, { locale, phrases: phrasesFor(locale) }));
      expect(spoken(chunk.timeline)[0].startsWith(first)).toBe(true);
    }
  });
});
