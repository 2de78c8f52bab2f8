import { MemoryStore } from '../../lambda/store/memory-store';
import { UserRepository } from '../../lambda/store/repository';
import type { UserRecord } from '../../lambda/store/types';
import { aRecord, fixedClock, recordingSleep } from './builders';

/** A store whose every write loses the race: another device always wrote just before. */
class AlwaysRacedStore extends MemoryStore {
  async put(userId: string, record: UserRecord, expectedVersion: number) {
    const theirs = (await this.get(userId)) ?? aRecord();
    await super.put(userId, theirs, theirs.version);
    return super.put(userId, record, expectedVersion);
  }
}

describe('UserRepository', () => {
  it('gives a new user a fresh record with default preferences', async () => {
    const repo = new UserRepository(new MemoryStore(), {
      clock: fixedClock('2025-03-10T07:00:00Z'),
    });
    expect(await repo.load('new-user')).toMatchObject({
      version: 0,
      welcomed: false,
      history: [],
      createdAt: '2025-03-10T07:00:00.000Z',
    });
  });

  it('stamps the save time', async () => {
    const clock = fixedClock('2025-03-10T07:00:00Z');
    const repo = new UserRepository(new MemoryStore(), { clock });
    const record = await repo.load('u');
    clock.set('2025-03-10T07:05:00Z');
    const saved = await repo.save('u', record);
    expect(saved).toMatchObject({
      ok: true,
      record: { version: 1, updatedAt: '2025-03-10T07:05:00.000Z' },
    });
  });

  it('stops merging after a few lost races and reports it instead of looping', async () => {
    const { sleep } = recordingSleep();
    const repo = new UserRepository(new AlwaysRacedStore(), { sleep, conflictRetries: 3 });
    const result = await repo.save('u', aRecord());
    expect(result).toEqual({ ok: false, error: expect.stringContaining('VersionConflictError') });
  });
});
