/**
 * Puts typed text and model phrases into one comparable form: lowercase words, digits spoken
 * as words (Alexa's speech recognition hands skills words for most short numbers), no
 * punctuation except the apostrophes that make "let's" a different word from "lets".
 */
import { numberToWords } from './nlu-numbers';

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\d+/g, (digits) => ` ${numberToWords(Number(digits))} `)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a normalised text. */
export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/**
 * Hesitation sounds Alexa's speech recognition leaves out of what it hands a skill ("um, yeah
 * go on" arrives as "yeah go on"), in English, German and Spanish. Only pure sounds, never a
 * word ("este" is "this" too), and only leading ones: German "um" ends "bringt mich um".
 * Said alone, one is kept: "eh?" can be a question.
 */
const Fillers = new Set([
  'um',
  'umm',
  'uh',
  'uhh',
  'er',
  'erm',
  'hmm',
  'mm',
  'mmm',
  'äh',
  'ähm',
  'öh',
  'öhm',
  'eh',
  'em',
  'ehm',
]);

export function withoutFillers(normalised: string): string {
  const said = normalised.split(' ');
  let start = 0;
  while (start < said.length - 1 && Fillers.has(said[start])) start += 1;
  return said.slice(start).join(' ');
}
