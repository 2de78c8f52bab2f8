import { DefaultPreferences } from '../../lambda/narration/types';
import { migrateRecord } from '../../lambda/store/migrate';
import { CurrentSchemaVersion } from '../../lambda/store/types';
import { T0 } from './builders';

describe('migrateRecord', () => {
  it.each([
    ['slow', 'slower'],
    ['normal', 'normal'],
    ['fast', 'faster'],
    [undefined, 'normal'],
  ])('turns v0 speed %s into pace %s', (speed, pace) => {
    const r = migrateRecord(
      { version: 2, prefs: { speed }, updatedAt: '2024-11-02T20:00:00Z' },
      T0,
    );
    expect(r.schemaVersion).toBe(CurrentSchemaVersion);
    expect(r.prefs.pace).toBe(pace);
    expect(r.prefs).not.toHaveProperty('speed');
  });

  it('dates v0 preferences from the last update, so a newer change elsewhere still wins', () => {
    const r = migrateRecord(
      { version: 3, prefs: { speed: 'fast', quiet: true }, updatedAt: '2024-11-02T20:00:00Z' },
      T0,
    );
    expect(r.prefsChangedAt).toEqual({
      pace: '2024-11-02T20:00:00Z',
      quiet: '2024-11-02T20:00:00Z',
    });
  });

  it('keeps the stored version so the next conditional write matches', () => {
    expect(migrateRecord({ version: 9, prefs: {} }, T0).version).toBe(9);
  });

  it('fills what an old record lacks with defaults', () => {
    const r = migrateRecord({ version: 1 }, T0);
    expect(r.prefs).toEqual(DefaultPreferences);
    expect(r).toMatchObject({ history: [], streak: { days: 0 }, welcomed: false });
    expect(r.createdAt).toBe(T0.toISOString());
  });

  it('leaves a current record as it was', () => {
    const current = {
      schemaVersion: CurrentSchemaVersion,
      version: 4,
      prefs: { ...DefaultPreferences, holdScale: 1.5, leaveOut: ['bridge'] },
      prefsChangedAt: { holdScale: '2025-03-01T00:00:00Z' },
      resume: { exerciseId: 'cat-cow', stepIndex: 0, chunkIndex: 1, at: '2025-03-09T06:40:00Z' },
      history: [
        { date: '2025-03-08', routineId: 'morning', minutes: 12, at: '2025-03-08T07:00:00Z' },
      ],
      streak: { days: 1, lastDate: '2025-03-08' },
      welcomed: true,
      exerciseSessions: { 'pelvic-tilt': 3 },
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-03-09T06:40:00Z',
    };
    expect(migrateRecord(structuredClone(current), T0)).toEqual(current);
  });

  it('drops keys the schema does not know and repairs values of the wrong type', () => {
    const r = migrateRecord(
      {
        schemaVersion: 1,
        version: 2,
        painScore: 7,
        notes: 'free text',
        prefs: { pace: 'warp', holdScale: 40, quiet: 'yes', diagnosis: 'x' },
        history: [{ date: '2025-03-08' }, 'junk'],
      },
      T0,
    );
    expect(r).not.toHaveProperty('painScore');
    expect(r).not.toHaveProperty('notes');
    expect(r.prefs).toEqual({ ...DefaultPreferences, holdScale: 2 });
    expect(r.history).toEqual([]);
  });

  it('reads a record with a nonsense schema version field by field, keeping what is valid', () => {
    const r = migrateRecord({ schemaVersion: -1, version: 3, welcomed: true }, T0);
    expect(r).toMatchObject({ schemaVersion: CurrentSchemaVersion, version: 3, welcomed: true });
  });

  it('stores gentle mode as a preference, without the word flare', () => {
    const r = migrateRecord(
      {
        schemaVersion: 1,
        version: 5,
        prefs: { ...DefaultPreferences, gentle: undefined, flare: true },
        prefsChangedAt: { flare: '2025-03-01T00:00:00Z', quiet: '2025-02-01T00:00:00Z' },
      },
      T0,
    );
    expect(r.prefs.gentle).toBe(true);
    expect(r.prefsChangedAt).toEqual({
      gentle: '2025-03-01T00:00:00Z',
      quiet: '2025-02-01T00:00:00Z',
    });
    expect(JSON.stringify(r)).not.toMatch(/flare/i);
  });
});
