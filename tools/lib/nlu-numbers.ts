/**
 * English number words, as Alexa's AMAZON.NUMBER hears them: digits and words both become the
 * digit string. Covers 0 to 999, which is far more than any breath count or hold needs.
 */
const units = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 45 -> "forty five"; 120 -> "one hundred twenty". */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 20) return units[n];
  if (n < 100) return n % 10 ? `${tens[Math.floor(n / 10)]} ${units[n % 10]}` : tens[n / 10];
  const rest = n % 100;
  const hundreds = `${units[Math.floor(n / 100)]} hundred`;
  return rest ? `${hundreds} ${numberToWords(rest)}` : hundreds;
}

const wordValue = new Map<string, number>([
  ...units.map((w, i) => [w, i] as [string, number]),
  ...tens.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w),
  ['oh', 0],
  ['a', 1],
]);

/**
 * German and Spanish number words up to twenty, one word each: enough for breath counts and
 * holds in the console (a device hands the skill digits in every language).
 */
const otherLanguages = new Map<string, number>(
  [
    'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig',
    'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte',
  ].flatMap((list) => list.split(' ').map((w, i) => [w, i] as [string, number])),
);
otherLanguages.set('ein', 1).set('eine', 1).set('una', 1).set('dieciseis', 16);

/** "forty five", "a hundred and ten", "7", "vier", "seis" -> the number; anything else -> undefined. */
export function parseNumber(words: string[]): number | undefined {
  if (words.length === 1 && /^\d+$/.test(words[0])) return Number(words[0]);
  if (words.length === 1 && otherLanguages.has(words[0])) return otherLanguages.get(words[0]);
  let total = 0;
  let current = 0;
  let expect: 'any' | 'unit' = 'any';
  for (const [i, word] of words.entries()) {
    if (word === 'hundred') {
      if (current === 0 && i > 0) return undefined;
      total += (current || 1) * 100;
      current = 0;
      expect = 'any';
    } else if (word === 'and' && total > 0 && current === 0 && i < words.length - 1) {
      continue;
    } else {
      const value = wordValue.get(word);
      if (value === undefined) return undefined;
      // "a" only counts before "hundred": "a hundred".
      if (word === 'a' && words[i + 1] !== 'hundred') return undefined;
      if (expect === 'unit' && (value >= 10 || value === 0)) return undefined;
      if (current > 0 && !(current % 10 === 0 && current >= 20 && value < 10)) return undefined;
      current += value;
      expect = value >= 20 && value % 10 === 0 ? 'unit' : 'any';
    }
  }
  return words.length > 0 ? total + current : undefined;
}
