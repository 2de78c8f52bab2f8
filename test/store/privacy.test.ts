/**
 * No health data: whatever a turn hands to the repository, the stored record holds only
 * preferences and progress. If a field is added to UserRecord, this list must be updated on
 * purpose, which is the moment to ask whether it belongs.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../../lambda/store/file-store';
import { recordFinished } from '../../lambda/store/progress';
import { UserRepository } from '../../lambda/store/repository';
import type { UserRecord } from '../../lambda/store/types';

const AllowedTopLevel = [
  'schemaVersion',
  'version',
  'prefs',
  'prefsChangedAt',
  'resume',
  'resumeClearedAt',
  'history',
  'streak',
  'welcomed',
  'exerciseSessions',
  // The daily reminder: Alexa's alert token, its time and routine, and the offer's dates.
  'reminder',
  'createdAt',
  'updatedAt',
];
const AllowedPrefs = ['pace', 'holdScale', 'breathing', 'quiet', 'gentle', 'leaveOut', 'handsFree'];
const AllowedHistory = ['date', 'routineId', 'minutes', 'at'];
const AllowedResume = ['routineId', 'exerciseId', 'stepIndex', 'chunkIndex', 'at'];
const AllowedReminder = [
  'alertToken',
  'hour',
  'minute',
  'routineId',
  'offeredAt',
  'declinedAt',
  'changedAt',
];

const userId = 'amzn1.ask.account.PRIVATE';

it.each([
  ['on a first write', false],
  ['after merging with another device', true],
])('stores only preference and progress keys %s, whatever a caller slips in', async (_, race) => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-'));
  try {
    const repo = new UserRepository(new FileStore(dir));
    const loaded = await repo.load(userId);
    // Another device writes first, so this save meets a conflict and goes through the merge.
    if (race) await repo.save(userId, await repo.load(userId));
    const paused = {
      ...loaded,
      resume: { exerciseId: 'cat-cow', stepIndex: 1, chunkIndex: 0, at: '2025-03-10T06:40:00Z' },
    };
    const now = new Date('2025-03-10T07:00:00Z');
    const done = recordFinished(paused, {
      routineId: 'morning',
      minutes: 12,
      now,
      timeZone: 'UTC',
    });
    const tainted = {
      ...done,
      painScore: 8,
      notes: 'my back hurts',
      prefs: { ...done.prefs, diagnosis: 'AS' },
      history: done.history.map((h) => ({ ...h, pain: 6 })),
      resume: {
        exerciseId: 'bridge',
        stepIndex: 2,
        chunkIndex: 0,
        at: '2025-03-10T07:10:00Z',
        painScore: 8,
      },
      reminder: {
        alertToken: 'alert-1',
        hour: 7,
        minute: 0,
        routineId: 'bedside-morning',
        changedAt: '2025-03-10T07:00:00Z',
        reason: 'my back hurts',
      },
    } as unknown as UserRecord;
    expect((await repo.save(userId, tainted)).ok).toBe(true);

    const [file] = readdirSync(dir);
    const stored = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    expect(Object.keys(stored).every((k) => AllowedTopLevel.includes(k))).toBe(true);
    expect(Object.keys(stored.prefs).sort()).toEqual([...AllowedPrefs].sort());
    expect(stored.history).toHaveLength(1);
    for (const h of stored.history)
      expect(Object.keys(h).sort()).toEqual([...AllowedHistory].sort());
    expect(Object.keys(stored.resume).every((k) => AllowedResume.includes(k))).toBe(true);
    expect(Object.keys(stored.reminder).sort()).toEqual(
      ['alertToken', 'hour', 'minute', 'routineId', 'changedAt'].sort(),
    );
    expect(Object.keys(stored.reminder).every((k) => AllowedReminder.includes(k))).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/pain|diagnos|hurts|PRIVATE/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
