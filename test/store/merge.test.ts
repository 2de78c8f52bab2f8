import { mergeRecords } from '../../lambda/store/merge';
import { MaxHistory, type HistoryEntry, type ResumePoint } from '../../lambda/store/types';
import { aRecord } from './builders';

const entry = (date: string, routineId: string, at = `${date}T08:00:00Z`): HistoryEntry => ({
  date,
  routineId,
  minutes: 10,
  at,
});
const pausedAt = (at: string, exerciseId = 'cat-cow'): ResumePoint => ({
  routineId: 'morning',
  exerciseId,
  stepIndex: 2,
  chunkIndex: 0,
  at,
});

describe('mergeRecords: two devices, nothing lost', () => {
  it('takes the stored version number so the next conditional write can succeed', () => {
    expect(mergeRecords(aRecord({ version: 7 }), aRecord({ version: 5 })).version).toBe(7);
  });

  it('unions history by routine and time, oldest first, without duplicates', () => {
    const shared = entry('2025-03-08', 'morning');
    const stored = aRecord({ history: [shared, entry('2025-03-10', 'evening')] });
    const local = aRecord({ history: [shared, entry('2025-03-09', 'breathing')] });
    const merged = mergeRecords(stored, local);
    expect(merged.history.map((h) => h.routineId)).toEqual(['morning', 'breathing', 'evening']);
    expect(merged.streak).toEqual({ days: 3, lastDate: '2025-03-10' });
  });

  it('caps the merged history at the newest entries', () => {
    const minutes = (id: string, from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) =>
        entry('2025-03-10', id, `2025-03-10T08:${String(from + i).padStart(2, '0')}:00Z`),
      );
    const merged = mergeRecords(
      aRecord({ history: minutes('a', 0, 40) }),
      aRecord({ history: minutes('b', 20, 60) }),
    );
    // 80 distinct sessions (two routines at the same minute are two sessions): the oldest 20 go.
    expect(merged.history).toHaveLength(MaxHistory);
    expect(merged.history[0].at).toBe('2025-03-10T08:20:00Z');
    expect(merged.history.at(-1)?.at).toBe('2025-03-10T08:59:00Z');
  });

  it('keeps the newest value of each preference, whichever device changed it', () => {
    const stored = aRecord({
      prefs: { ...aRecord().prefs, pace: 'slower', quiet: true },
      prefsChangedAt: { pace: '2025-03-10T07:00:00Z', quiet: '2025-03-10T07:30:00Z' },
    });
    const local = aRecord({
      prefs: { ...aRecord().prefs, pace: 'faster', quiet: false },
      prefsChangedAt: { pace: '2025-03-10T07:10:00Z' },
    });
    const merged = mergeRecords(stored, local);
    expect(merged.prefs).toMatchObject({ pace: 'faster', quiet: true });
    expect(merged.prefsChangedAt).toEqual({
      pace: '2025-03-10T07:10:00Z',
      quiet: '2025-03-10T07:30:00Z',
    });
  });

  // Times are HH:MM on one morning: [name, stored pause, stored finish, local pause, local finish, kept]
  it.each([
    ['the newer pause wins', '07:05', '', '06:40', '', 'stored'],
    ['the newer pause wins from either side', '06:40', '', '07:05', '', 'local'],
    ['a later finish clears an older pause', '06:40', '', '', '07:00', 'none'],
    ['a pause after the finish survives it', '07:20', '', '', '07:00', 'stored'],
    ['never set on one side is not a clear', '', '', '06:40', '', 'local'],
  ])('resume point: %s', (_name, storedPause, storedDone, localPause, localDone, kept) => {
    const side = (exerciseId: string, pause: string, done: string) =>
      aRecord({
        ...(pause ? { resume: pausedAt(`2025-03-10T${pause}:00Z`, exerciseId) } : {}),
        ...(done ? { resumeClearedAt: `2025-03-10T${done}:00Z` } : {}),
      });
    const merged = mergeRecords(
      side('stored', storedPause, storedDone),
      side('local', localPause, localDone),
    );
    expect(merged.resume?.exerciseId ?? 'none').toBe(kept);
    expect('resume' in merged).toBe(kept !== 'none');
  });

  it('keeps a streak longer than the history can show', () => {
    const stored = aRecord({
      history: [entry('2025-03-09', 'morning')],
      streak: { days: 90, lastDate: '2025-03-09' },
    });
    const local = aRecord({
      history: [entry('2025-03-10', 'evening')],
      streak: { days: 1, lastDate: '2025-03-10' },
    });
    expect(mergeRecords(stored, local).streak).toEqual({ days: 91, lastDate: '2025-03-10' });
  });

  it('remembers the welcome if either device gave it', () => {
    expect(mergeRecords(aRecord({ welcomed: true }), aRecord()).welcomed).toBe(true);
    expect(mergeRecords(aRecord(), aRecord({ welcomed: true })).welcomed).toBe(true);
  });
});

describe('merging the daily reminder', () => {
  it('keeps the reminder changed last, whole', async () => {
    const { mergeRecords } = await import('../../lambda/store/merge');
    const { freshRecord } = await import('../../lambda/store/defaults');
    const base = freshRecord(new Date('2026-11-23T07:00:00Z'));
    const set = { alertToken: 'a', hour: 7, minute: 0, changedAt: '2026-11-23T07:00:00Z' };
    const cancelled = { offeredAt: '2026-11-22T07:00:00Z', changedAt: '2026-11-23T08:00:00Z' };
    expect(
      mergeRecords({ ...base, reminder: set }, { ...base, reminder: cancelled }).reminder,
    ).toEqual(cancelled);
    expect(
      mergeRecords({ ...base, reminder: cancelled }, { ...base, reminder: set }).reminder,
    ).toEqual(cancelled);
    expect(mergeRecords({ ...base, reminder: set }, base).reminder).toEqual(set);
  });
});
