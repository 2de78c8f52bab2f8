import { mergeRecords } from '../../lambda/store/merge';
import { changePreferences } from '../../lambda/store/preferences';
import { aRecord } from './builders';

describe('changePreferences', () => {
  it('changes only what was asked and stamps it', () => {
    const r = changePreferences(aRecord(), { pace: 'slower' }, new Date('2025-03-10T07:00:00Z'));
    expect(r.prefs).toMatchObject({ pace: 'slower', quiet: false });
    expect(r.prefsChangedAt).toEqual({ pace: '2025-03-10T07:00:00.000Z' });
  });

  it('lets two devices change different preferences without losing either', () => {
    const base = aRecord({ version: 1 });
    const kitchen = changePreferences(base, { quiet: true }, new Date('2025-03-10T07:00:00Z'));
    const bedroom = changePreferences(base, { pace: 'faster' }, new Date('2025-03-10T07:01:00Z'));
    const merged = mergeRecords({ ...kitchen, version: 2 }, bedroom);
    expect(merged.prefs).toMatchObject({ quiet: true, pace: 'faster' });
  });

  it('lets the later of two changes to one preference win, whichever saves last', () => {
    const base = aRecord({ version: 1 });
    const early = changePreferences(base, { holdScale: 1.5 }, new Date('2025-03-10T07:00:00Z'));
    const late = changePreferences(base, { holdScale: 0.5 }, new Date('2025-03-10T07:01:00Z'));
    expect(mergeRecords({ ...late, version: 2 }, early).prefs.holdScale).toBe(0.5);
    expect(mergeRecords({ ...early, version: 2 }, late).prefs.holdScale).toBe(0.5);
  });
});
