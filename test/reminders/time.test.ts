import {
  localClock,
  nextLocalOccurrence,
  parseSpokenTime,
  sameTimeOfDay,
} from '../../lambda/reminders/time';
import { dailyRule } from '../../lambda/reminders/request';
import { shouldOfferReminder } from '../../lambda/reminders/offer';
import { favouriteRoutine } from '../../lambda/reminders/favourite';
import { decodeToken, encodeToken } from '../../lambda/reminders/consent';
import { freshRecord } from '../../lambda/store/defaults';

describe('reminder times', () => {
  it.each([
    ['07:00', { hour: 7, minute: 0 }],
    ['19:30', { hour: 19, minute: 30 }],
    ['MO', 'vague'],
    ['EV', 'vague'],
    ['25:00', undefined],
    ['seven', undefined],
    [undefined, undefined],
  ])('AMAZON.TIME %s', (value, expected) => {
    expect(parseSpokenTime(value)).toEqual(expected);
  });

  it.each([
    // now (UTC), zone, time asked -> first ring (local)
    ['2026-11-23T07:00:00Z', 'Europe/Berlin', 7, 0, '2026-11-24T07:00:00.000'],
    ['2026-11-23T07:00:00Z', 'Europe/Berlin', 9, 0, '2026-11-23T09:00:00.000'],
    ['2026-11-23T07:00:00Z', 'Europe/Berlin', 8, 10, '2026-11-24T08:10:00.000'],
    ['2026-11-23T07:00:00Z', 'Europe/Berlin', 8, 15, '2026-11-23T08:15:00.000'],
    ['2026-11-23T23:30:00Z', 'America/Los_Angeles', 7, 0, '2026-11-24T07:00:00.000'],
    ['2026-11-23T23:30:00Z', 'Asia/Tokyo', 7, 0, '2026-11-25T07:00:00.000'],
    ['2026-12-31T23:50:00Z', 'UTC', 6, 0, '2027-01-01T06:00:00.000'],
  ])('at %s in %s, a reminder at %i:%i first rings %s', (now, zone, hour, minute, first) => {
    expect(nextLocalOccurrence(new Date(now), zone, { hour, minute })).toBe(first);
  });

  it('reads the local clock, and rounds "the same time" to five minutes', () => {
    expect(localClock(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-03-29',
      hour: 3,
      minute: 30,
    });
    expect(sameTimeOfDay(new Date('2026-11-23T06:58:00Z'), 'Europe/Berlin')).toEqual({
      hour: 8,
      minute: 0,
    });
    expect(sameTimeOfDay(new Date('2026-11-23T22:58:00Z'), 'UTC')).toEqual({ hour: 23, minute: 0 });
    expect(sameTimeOfDay(new Date('2026-11-23T23:58:00Z'), 'UTC')).toEqual({ hour: 0, minute: 0 });
  });

  it('writes the daily rule Alexa reads', () => {
    expect(dailyRule({ hour: 6, minute: 5 })).toBe(
      'FREQ=DAILY;BYHOUR=6;BYMINUTE=5;BYSECOND=0;INTERVAL=1',
    );
  });
});

describe('the offer rules', () => {
  const now = new Date('2026-11-23T07:00:00Z');
  const days = (n: number) => new Date(now.getTime() - n * 86400e3).toISOString();
  const user = (reminder?: object) => ({
    ...freshRecord(now),
    ...(reminder ? { reminder: { changedAt: days(0), ...reminder } } : {}),
  });

  it.each([
    ['a user never offered one', user(), true],
    ['a user with a reminder', user({ alertToken: 't', hour: 7, minute: 0 }), false],
    ['offered 6 days ago', user({ offeredAt: days(6) }), false],
    ['offered 7 days ago', user({ offeredAt: days(7) }), true],
    ['declined 29 days ago', user({ offeredAt: days(29), declinedAt: days(29) }), false],
    ['declined 30 days ago', user({ offeredAt: days(30), declinedAt: days(30) }), true],
  ])('%s: %s', (_why, u, offered) => {
    expect(shouldOfferReminder(u, now)).toBe(offered);
  });
});

describe('the routine a reminder invites to', () => {
  const entry = (routineId: string, at: string) => ({
    date: at.slice(0, 10),
    routineId,
    minutes: 5,
    at,
  });
  const known = (id: string) => id !== 'cat-cow';

  it('is the one done most, the latest on a tie, never a single exercise', () => {
    expect(
      favouriteRoutine(
        [
          entry('cat-cow', '2026-11-01T07:00:00Z'),
          entry('cat-cow', '2026-11-02T07:00:00Z'),
          entry('cat-cow', '2026-11-03T07:00:00Z'),
          entry('breathing', '2026-11-04T07:00:00Z'),
          entry('desk-break', '2026-11-05T07:00:00Z'),
        ],
        known,
        'bedside-morning',
      ),
    ).toBe('desk-break');
    expect(favouriteRoutine([], known, 'bedside-morning')).toBe('bedside-morning');
  });
});

describe('the consent token', () => {
  it('round-trips what was asked for, and refuses anything else', () => {
    const t = { op: 'change' as const, time: { hour: 19, minute: 5 } };
    expect(decodeToken(encodeToken(t))).toEqual(t);
    expect(decodeToken('reminder:set:24:00')).toBeUndefined();
    expect(decodeToken('something else')).toBeUndefined();
    expect(decodeToken(undefined)).toBeUndefined();
  });
});
