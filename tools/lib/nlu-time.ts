/**
 * Spoken times of day as Alexa's AMAZON.TIME hands them to a skill: "seven", "seven thirty
 * p.m.", "half past seven", "halb acht", "las siete y media" become "07:00", "19:30",
 * "07:30"; a part of the day alone ("in the morning") becomes "MO", "AF", "EV" or "NI".
 * Enough English, German and Spanish for the reminder's samples in the console.
 */
import { parseNumber } from './nlu-numbers';

const Fillers = new Set("at in the o'clock oclock um uhr a las la el de del por en".split(' '));
const Morning = new Set(['am', 'morning', 'morgens', 'früh', 'mañana']);
const Evening = new Set(['pm', 'evening', 'night', 'abends', 'nachts', 'noche']);
const Afternoon = new Set(['afternoon', 'nachmittags', 'tarde']);
const Noon = new Set(['noon', 'midday', 'mittag', 'mittags', 'mediodía']);
const Midnight = new Set(['midnight', 'mitternacht', 'medianoche']);
const MinuteWords = new Map([
  ['dreißig', 30],
  ['treinta', 30],
  ['fünfundvierzig', 45],
]);

function hourOf(words: string[]): number | undefined {
  const n = parseNumber(words);
  return n !== undefined && n <= 24 ? n : undefined;
}

function minuteOf(words: string[]): number | undefined {
  const n =
    words.length === 1 ? (MinuteWords.get(words[0]) ?? parseNumber(words)) : parseNumber(words);
  return n !== undefined && n < 60 ? n : undefined;
}

/** Hour and minute from the words left once fillers and the part of the day are gone. */
function clock(w: string[]): [number, number] | undefined {
  const [first, second] = w;
  const tail = (n: number) => hourOf(w.slice(n));
  const before = (h: number | undefined) => (h === undefined ? undefined : (h + 23) % 24);
  if (first === 'half' && second === 'past')
    return tail(2) !== undefined ? [tail(2)!, 30] : undefined;
  if (first === 'quarter' && second === 'past')
    return tail(2) !== undefined ? [tail(2)!, 15] : undefined;
  if (first === 'quarter' && second === 'to')
    return tail(2) !== undefined ? [before(tail(2))!, 45] : undefined;
  if (first === 'halb') return tail(1) !== undefined ? [before(tail(1))!, 30] : undefined;
  if (first === 'viertel' && second === 'nach')
    return tail(2) !== undefined ? [tail(2)!, 15] : undefined;
  if (first === 'viertel' && second === 'vor')
    return tail(2) !== undefined ? [before(tail(2))!, 45] : undefined;
  const last = w[w.length - 1];
  if (w.length >= 3 && w[w.length - 2] === 'y' && (last === 'media' || last === 'cuarto')) {
    const h = hourOf(w.slice(0, -2));
    return h === undefined ? undefined : [h, last === 'media' ? 30 : 15];
  }
  if (w.length >= 3 && w[w.length - 2] === 'menos' && last === 'cuarto') {
    const h = hourOf(w.slice(0, -2));
    return h === undefined ? undefined : [before(h)!, 45];
  }
  for (let split = w.length; split >= 1; split -= 1) {
    const h = hourOf(w.slice(0, split));
    const rest = w.slice(split).filter((x) => x !== 'y' && x !== 'und');
    const m = rest.length === 0 ? 0 : minuteOf(rest);
    if (h !== undefined && m !== undefined) return [h % 24, m];
  }
  return undefined;
}

/** The AMAZON.TIME value for the words, or undefined when they are not a time. */
export function parseTime(words: string[]): string | undefined {
  const joined = words
    .join(' ')
    .replace(/\ba m\b/g, 'am')
    .replace(/\bp m\b/g, 'pm');
  const all = joined.split(' ').filter(Boolean);
  if (all.some((x) => Noon.has(x))) return '12:00';
  if (all.some((x) => Midnight.has(x))) return '00:00';
  const period = all.some((x) => Morning.has(x))
    ? 'am'
    : all.some((x) => Evening.has(x) || Afternoon.has(x))
      ? 'pm'
      : undefined;
  const rest = all.filter(
    (x) => !Fillers.has(x) && !Morning.has(x) && !Evening.has(x) && !Afternoon.has(x),
  );
  if (rest.length === 0) {
    if (!period) return undefined;
    if (all.some((x) => Morning.has(x))) return 'MO';
    return all.some((x) => Afternoon.has(x))
      ? 'AF'
      : all.some((x) => x === 'night' || x === 'nachts')
        ? 'NI'
        : 'EV';
  }
  const found = clock(rest);
  if (!found) return undefined;
  let [hour] = found;
  const [, minute] = found;
  if (period === 'am' && hour === 12) hour = 0;
  if (period === 'pm' && hour < 12) hour += 12;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
