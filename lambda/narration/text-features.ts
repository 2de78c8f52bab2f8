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
  /** 1 when the phrase ends a sentence (".", "!", "?"), 0 for a bare word such as a count. */
  end: number;
  /**
   * How often each letter and each of the language's common spellings ("th", "sch", "ll")
   * occurs: a stand-in for the phonemes a voice says, which differ in length.
   */
  letters: Record<string, number>;
}

/** Spellings of one sound (or a long vowel) per language, counted besides single letters. */
const Digraphs: Record<Language, string[]> = {
  en: 'th sh ch ng ee oo ea ou ow ai ay igh ck ll wh er ir ur or ar'.split(' '),
  de: 'ch sch ei ie eu au äu ng st sp tz ck ss pf ah eh oh uh er'.split(' '),
  es: 'll rr ch qu gu ue ie ia io ua ai ei oi au eu'.split(' '),
};

function spellingCounts(words: string[], lang: Language): Record<string, number> {
  const joined = words.join(' ');
  const counts: Record<string, number> = {};
  for (const ch of joined.replace(/[\s']/g, '')) counts[ch] = (counts[ch] ?? 0) + 1;
  for (const d of Digraphs[lang]) {
    const n = joined.split(d).length - 1;
    if (n) counts[d] = n;
  }
  return counts;
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

/**
 * Features of `text` as the voice will speak it (digits read out as words). `letters: false`
 * skips the spelling counts (left empty) for a profile that has no letter coefficients: they
 * are most of the work, and the Alexa profiles never use them.
 */
export function textFeatures(
  text: string,
  lang: Language,
  { letters = true }: { letters?: boolean } = {},
): TextFeatures {
  const spoken = text.replace(/\d+/g, (d) => ` ${numberWords(Number(d), lang)} `);
  const words = spoken.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const body = spoken.trim().replace(/[.!?…\s]+$/u, '');
  return {
    syllables: words.reduce((sum, w) => sum + wordSyllables(w, lang), 0),
    words: words.length,
    commas: (body.match(/[,;:—–]/g) ?? []).length,
    stops: (body.match(/[.!?]+(?=\s)/g) ?? []).length,
    end: /[.!?]$/.test(text.trim()) ? 1 : 0,
    letters: letters ? spellingCounts(words, lang) : {},
  };
}
