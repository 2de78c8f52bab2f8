/**
 * Numbers spelled out, only so the rate model can count their syllables ("30" is said
 * "thirty"). Never spoken: the voice reads the digits itself.
 */
import type { Language } from '../ids';

const en = {
  ones: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  ),
  tens: ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' '),
};
const de = {
  ones: 'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(
    ' ',
  ),
  tens: ' zehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' '),
};
const es = {
  ones: 'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve'.split(
    ' ',
  ),
  tens: ' diez veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa'.split(' '),
};

function under100(n: number, lang: Language): string {
  const t = { en, de, es }[lang];
  if (n < 20) return t.ones[n];
  const [tens, ones] = [t.tens[Math.floor(n / 10)], n % 10];
  if (ones === 0) return tens;
  if (lang === 'de') return `${t.ones[ones]}und${tens}`;
  if (lang === 'es') return `${tens} y ${t.ones[ones]}`;
  return `${tens} ${t.ones[ones]}`;
}

/** `n` in words, close enough for syllable counting (hundreds are approximated). */
export function numberWords(n: number, lang: Language): string {
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 100) return under100(Math.round(n), lang);
  const hundred = { en: 'hundred', de: 'hundert', es: 'cientos' }[lang];
  const rest = Math.round(n) % 100;
  const head = `${under100(Math.floor(n / 100) % 100, lang)} ${hundred}`;
  return rest ? `${head} ${under100(rest, lang)}` : head;
}
