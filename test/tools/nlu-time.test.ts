import { parseTime } from '../../tools/lib/nlu-time';
import { words } from '../../tools/lib/nlu-normalise';

describe('spoken times as AMAZON.TIME hands them over (console matching)', () => {
  it.each([
    ['seven', '07:00'],
    ['7 am', '07:00'],
    ['seven a.m.', '07:00'],
    ['7:30 pm', '19:30'],
    ['seven thirty', '07:30'],
    ['half past seven', '07:30'],
    ['quarter to eight', '07:45'],
    ['twelve am', '00:00'],
    ['noon', '12:00'],
    ['seven in the evening', '19:00'],
    ['in the morning', 'MO'],
    ['sieben uhr', '07:00'],
    ['halb acht', '07:30'],
    ['viertel nach sieben', '07:15'],
    ['acht uhr abends', '20:00'],
    ['las siete', '07:00'],
    ['las siete y media', '07:30'],
    ['las ocho menos cuarto', '07:45'],
    ['siete de la tarde', '19:00'],
  ])('"%s" -> %s', (said, value) => {
    expect(parseTime(words(said))).toBe(value);
  });

  it.each(['yes', 'next', 'my reminder', 'forty seven', ''])('"%s" is not a time', (said) => {
    expect(parseTime(words(said))).toBeUndefined();
  });
});
