/**
 * What a speaking-rate model needs to know about a phrase: syllables, words and pauses.
 * Heuristic syllable counts (vowel groups) are good enough: the rate profiles were fitted with
 * the same counter, so its bias is absorbed by the coefficients.
 */
import type { Language } from '../ids';
import { numberWords } from './number-words';

/** Measurable properties of a phrase of text. */
export interface TextFeatures {
  syllables: number;
  words: number;
  /** Clause pauses inside the phrase: commas, semicolons, colons, dashes. */
  commas: number;
  /** Sentence ends inside the phrase (the final one is replaced by the following break). */
  stops: number;
}

const vowels: Record<Language, RegExp> = {
  en: /[aeiouy]+/g,
  de: /[aeiouyäöü]+/g,
  es: /[aeiouáéíóúü]+/g,
};

function wordSyllables(word: string, lang: Language): number {
  const groups = word.match(vowels[lang])?.length ?? 0;
  // English silent final e ("Release", "pose"), but not "-le" ("gentle") or one-vowel words.
  const silentE = lang === 'en' && groups > 1 && /[^aeiouyl]e$/.test(word) ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/** Features of `text` as the voice will speak it (digits read out as words). */
export function textFeatures(text: string, lang: Language): TextFeatures {
  const spoken = text.replace(/\d+/g, (d) => ` ${numberWords(Number(d), lang)} `);
  const words = spoken.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const body = spoken.trim().replace(/[.!?…\s]+$/u, '');
  return {
    syllables: words.reduce((sum, w) => sum + wordSyllables(w, lang), 0),
    words: words.length,
    commas: (body.match(/[,;:—–]/g) ?? []).length,
    stops: (body.match(/[.!?]+(?=\s)/g) ?? []).length,
  };
}
