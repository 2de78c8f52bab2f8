import { speechSeconds } from '../../lambda/narration/rate-profiles';
import { Languages, Namespaces, parityProblems, strings } from './resources';

const others = Languages.filter((l) => l !== 'en');
const cases = others.flatMap((lang) => Namespaces.map((ns) => [lang, ns] as const));

describe.each(cases)('%s %s strings', (lang, ns) => {
  const en = strings('en', ns);
  const theirs = strings(lang, ns);

  it('have every English key, no other, with the same {{variables}}', () => {
    expect(en.size).toBeGreaterThan(ns === 'dialog' ? 100 : 40);
    expect(parityProblems(en, theirs)).toEqual([]);
  });

  it('are translated, not English left in place', () => {
    // Short strings may coincide ("{{name}}.", "Pause."); a sentence may not.
    const copied = [...theirs].filter(
      ([key, text]) => text === en.get(key) && text.split(' ').length >= 3,
    );
    expect(copied).toEqual([]);
  });
});

describe('the parity check itself', () => {
  it('finds a missing key, an extra key and a lost variable', () => {
    const en = new Map([
      ['a', 'Hello {{name}}.'],
      ['b', 'Bye.'],
    ]);
    const de = new Map([
      ['a', 'Hallo.'],
      ['c', 'Tschüss.'],
    ]);
    expect(parityProblems(en, de)).toEqual(['a: {{}} instead of {{name}}', 'missing b', 'extra c']);
  });
});

describe.each(Languages)('%s narration beats', (lang) => {
  const n = strings(lang, 'narration');
  const beat = ['breathing.in', 'breathing.out', 'breathing.hold'].concat(
    Array.from({ length: 12 }, (_, i) => `count.${i + 1}`),
  );

  it.each(beat)('%s is said well within its one-second beat', (key) => {
    const text = n.get(key) ?? '';
    expect(text).toMatch(/^\p{L}+$/u);
    expect(speechSeconds(text, lang, 'alexa')).toBeLessThan(0.9);
  });
});
