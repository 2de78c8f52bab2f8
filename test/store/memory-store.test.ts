import { MemoryStore } from '../../lambda/store/memory-store';
import { VersionConflictError } from '../../lambda/store/types';
import { aRecord } from './builders';

describe('MemoryStore', () => {
  it('stores with the next version and refuses stale writes', async () => {
    const store = new MemoryStore();
    expect(await store.get('u')).toBeUndefined();
    expect((await store.put('u', aRecord(), 0)).version).toBe(1);
    await expect(store.put('u', aRecord(), 0)).rejects.toBeInstanceOf(VersionConflictError);
    expect((await store.put('u', aRecord(), 1)).version).toBe(2);
  });

  it('hands out copies, so changing one does not change what is stored', async () => {
    const store = new MemoryStore();
    const record = aRecord();
    await store.put('u', record, 0);
    record.prefs.leaveOut.push('bridge');
    const read = await store.get('u');
    read!.welcomed = true;
    expect(await store.get('u')).toMatchObject({ welcomed: false, prefs: { leaveOut: [] } });
  });

  it('forgets a user', async () => {
    const store = new MemoryStore();
    await store.put('u', aRecord(), 0);
    await store.delete('u');
    expect(await store.get('u')).toBeUndefined();
    expect(store.size).toBe(0);
  });
});
