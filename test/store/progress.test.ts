import { localDate, recordFinished, weekSummary } from '../../lambda/store/progress';
import { MaxHistory, type HistoryEntry, type Streak } from '../../lambda/store/types';
import { aRecord } from './builders';

describe('localDate', () => {
  it.each([
    ['2025-03-10T00:00:00Z', 'UTC', '2025-03-10'],
    ['2025-03-10T06:30:00Z', 'America/Los_Angeles', '2025-03-09'],
    ['2025-03-10T07:30:00Z', 'America/Los_Angeles', '2025-03-10'],
    ['2025-03-10T14:59:00Z', 'Asia/Tokyo', '2025-03-10'],
    ['2025-03-10T15:00:00Z', 'Asia/Tokyo', '2025-03-11'],
    ['2025-03-10T18:29:00Z', 'Asia/Kolkata', '2025-03-10'],
    ['2025-03-10T18:30:00Z', 'Asia/Kolkata', '2025-03-11'],
    ['2025-03-29T23:30:00Z', 'Europe/Berlin', '2025-03-30'],
    ['2025-03-10T23:30:00Z', 'Not/AZone', '2025-03-10'],
  ])('%s in %s is %s', (iso, zone, expected) => {
    expect(localDate(new Date(iso), zone)).toBe(expected);
  });
});

describe('recordFinished: the streak counts local days', () => {
  it.each<[string, Streak, string, string, Streak]>([
    [
      'first ever session',
      { days: 0 },
      '2025-03-10T08:00:00Z',
      'UTC',
      { days: 1, lastDate: '2025-03-10' },
    ],
    [
      'second session the same day',
      { days: 3, lastDate: '2025-03-10' },
      '2025-03-10T20:00:00Z',
      'UTC',
      { days: 3, lastDate: '2025-03-10' },
    ],
    [
      'the next day',
      { days: 3, lastDate: '2025-03-09' },
      '2025-03-10T08:00:00Z',
      'UTC',
      { days: 4, lastDate: '2025-03-10' },
    ],
    [
      'after a missed day',
      { days: 9, lastDate: '2025-03-08' },
      '2025-03-10T08:00:00Z',
      'UTC',
      { days: 1, lastDate: '2025-03-10' },
    ],
    [
      'evening in Los Angeles is still that day',
      { days: 3, lastDate: '2025-03-09' },
      '2025-03-10T05:00:00Z',
      'America/Los_Angeles',
      { days: 3, lastDate: '2025-03-09' },
    ],
    [
      'five past midnight in Tokyo is the next day',
      { days: 3, lastDate: '2025-03-10' },
      '2025-03-10T15:05:00Z',
      'Asia/Tokyo',
      { days: 4, lastDate: '2025-03-11' },
    ],
    [
      'the same instant in UTC is the same day',
      { days: 3, lastDate: '2025-03-10' },
      '2025-03-10T15:05:00Z',
      'UTC',
      { days: 3, lastDate: '2025-03-10' },
    ],
    [
      'flying west back into yesterday',
      { days: 5, lastDate: '2025-03-11' },
      '2025-03-10T20:00:00Z',
      'America/Chicago',
      { days: 5, lastDate: '2025-03-11' },
    ],
  ])('%s', (_name, streak, iso, timeZone, expected) => {
    const r = recordFinished(aRecord({ streak }), {
      routineId: 'morning',
      minutes: 10,
      now: new Date(iso),
      timeZone,
    });
    expect(r.streak).toEqual(expected);
  });

  it('logs the session on the local day and clears the resume point', () => {
    const paused = aRecord({
      resume: {
        routineId: 'morning',
        exerciseId: 'cat-cow',
        stepIndex: 2,
        chunkIndex: 1,
        at: '2025-03-10T04:50:00Z',
      },
    });
    const now = new Date('2025-03-10T05:10:00Z');
    const r = recordFinished(paused, {
      routineId: 'morning',
      minutes: 14,
      now,
      timeZone: 'America/New_York',
    });
    expect(r.history).toEqual([
      { date: '2025-03-10', routineId: 'morning', minutes: 14, at: now.toISOString() },
    ]);
    expect(r.resume).toBeUndefined();
    expect(r.resumeClearedAt).toBe(now.toISOString());
    expect(paused.resume).toBeDefined();
  });

  it('keeps only the newest sessions', () => {
    const history: HistoryEntry[] = Array.from({ length: MaxHistory }, (_, i) => ({
      date: '2025-01-01',
      routineId: `r${i}`,
      minutes: 5,
      at: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    }));
    const r = recordFinished(aRecord({ history }), {
      routineId: 'newest',
      minutes: 5,
      now: new Date('2025-03-10T08:00:00Z'),
      timeZone: 'UTC',
    });
    expect(r.history).toHaveLength(MaxHistory);
    expect(r.history[0].routineId).toBe('r1');
    expect(r.history.at(-1)?.routineId).toBe('newest');
  });
});

describe('weekSummary', () => {
  const day = (date: string, routineId = 'morning', minutes = 10): HistoryEntry => ({
    date,
    routineId,
    minutes,
    at: `${date}T08:00:00Z`,
  });
  const now = new Date('2025-03-10T12:00:00Z');

  it('reports nothing yet for a new user', () => {
    expect(weekSummary(aRecord(), now, 'UTC')).toEqual({
      streakDays: 0,
      sessionsThisWeek: 0,
      minutesThisWeek: 0,
      stretchedToday: false,
    });
  });

  it.each([
    ['today', '2025-03-10', true],
    ['yesterday', '2025-03-09', false],
  ])('knows whether the streak was last counted today (%s)', (_name, lastDate, expected) => {
    const record = aRecord({ streak: { days: 2, lastDate } });
    expect(weekSummary(record, now, 'UTC').stretchedToday).toBe(expected);
  });

  it('counts the last seven local days, today included', () => {
    const history = [
      day('2025-03-03', 'old', 99),
      day('2025-03-04', 'evening', 8),
      day('2025-03-09'),
      day('2025-03-10', 'breathing', 6),
    ];
    expect(weekSummary(aRecord({ history }), now, 'UTC')).toMatchObject({
      sessionsThisWeek: 3,
      minutesThisWeek: 24,
      lastRoutineId: 'breathing',
    });
  });

  it.each([
    ['today', '2025-03-10', 'UTC', 4],
    ['yesterday, still alive', '2025-03-09', 'UTC', 4],
    ['the day before yesterday, broken', '2025-03-08', 'UTC', 0],
    ['yesterday in Tokyo, where it is already tomorrow', '2025-03-09', 'Asia/Tokyo', 0],
    ['Sunday in Honolulu, where it is still Monday morning', '2025-03-09', 'Pacific/Honolulu', 4],
  ])('a streak last counted %s', (_name, lastDate, zone, expected) => {
    const at = new Date('2025-03-10T16:00:00Z');
    expect(weekSummary(aRecord({ streak: { days: 4, lastDate } }), at, zone).streakDays).toBe(
      expected,
    );
  });
});
