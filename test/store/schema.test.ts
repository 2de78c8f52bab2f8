/** The edge schema: ranges, caps, length limits, unknown keys, and repair field by field. */
import { DefaultPreferences } from '../../lambda/narration/types';
import { bool, group, list, num, optional, ranged, text, value } from '../../lambda/store/fields';
import { Invalid, repair, strict } from '../../lambda/store/guard';
import { normalizeRecord } from '../../lambda/store/normalize';
import { MemoryStore } from '../../lambda/store/memory-store';
import { UserRepository } from '../../lambda/store/repository';
import { Limits, userRecord } from '../../lambda/store/schema';
import type { UserRecord } from '../../lambda/store/types';
import { sessionAttributes } from '../../lambda/turn/session-schema';
import { hostileValues, plant, seeded, spoil } from '../support/hostile';
import { aRecord, fixedClock, T0 } from './builders';

describe('repairing a stored record', () => {
  it.each<[string, unknown, number]>([
    ['a huge count', 1e308, Limits.breathSeconds],
    ['a count as a string', '1e999', DefaultPreferences.breathing.inhale],
    ['a million', 1_000_000, Limits.breathSeconds],
    ['zero', 0, 1],
    ['a fraction', 4.4, 4],
    ['nothing', null, DefaultPreferences.breathing.inhale],
  ])('puts %s of inhale seconds back in 1 to 12', (_, inhale, expected) => {
    const r = normalizeRecord({ prefs: { breathing: { inhale, exhale: 8 } } }, T0);
    expect(r.prefs.breathing.inhale).toBe(expected);
    // The neighbouring field is kept as it was: repair is field by field.
    expect(r.prefs.breathing.exhale).toBe(8);
  });

  it('keeps hold scale in 0.5 to 2', () => {
    expect(normalizeRecord({ prefs: { holdScale: 40 } }, T0).prefs.holdScale).toBe(2);
    expect(normalizeRecord({ prefs: { holdScale: 0.1 } }, T0).prefs.holdScale).toBe(0.5);
    expect(normalizeRecord({ prefs: { holdScale: 1.5 } }, T0).prefs.holdScale).toBe(1.5);
  });

  it('caps lists, keeping the valid newest entries', () => {
    const leaveOut = Array.from({ length: 1000 }, (_, i) => `move-${i}`);
    const r = normalizeRecord({ prefs: { leaveOut: [...leaveOut, 'BAD ID', 'x'.repeat(65)] } }, T0);
    expect(r.prefs.leaveOut).toHaveLength(Limits.leaveOut);
    expect(r.prefs.leaveOut.at(-1)).toBe('move-999');
  });

  it('drops an overlong or malformed string, not the record', () => {
    const good = aRecord({ welcomed: true });
    const r = normalizeRecord(
      { ...good, createdAt: 'x'.repeat(1_000_000), resumeClearedAt: 'yesterday' },
      T0,
    );
    expect(r.createdAt).toBe(T0.toISOString());
    expect(r).not.toHaveProperty('resumeClearedAt');
    expect(r.welcomed).toBe(true);
  });

  it('drops a history entry that is wrong, keeping the others', () => {
    const ok = {
      date: '2025-03-08',
      routineId: 'bedside-morning',
      minutes: 9,
      at: T0.toISOString(),
    };
    const r = normalizeRecord({ history: [ok, { ...ok, minutes: 'lots' }, 'junk', ok] }, T0);
    expect(r.history).toEqual([ok, ok]);
  });

  it('drops unknown keys at every level', () => {
    const r = normalizeRecord(
      { painScore: 9, prefs: { diagnosis: 'AS', breathing: { secret: 1 } }, streak: { x: 1 } },
      T0,
    );
    expect(JSON.stringify(r)).not.toMatch(/painScore|diagnosis|secret|"x"/);
  });

  it('turns a stored value of the wrong shape into defaults, not an error', () => {
    for (const raw of [null, 42, 'text', [], { prefs: 'fast', history: {} }]) {
      const r = normalizeRecord(raw, T0);
      expect(r.prefs).toEqual(DefaultPreferences);
      expect(r.history).toEqual([]);
    }
  });
});

describe('session attributes', () => {
  const valid = { user: aRecord(), dialog: { phase: 'idle' }, timeZone: 'Europe/Berlin' };

  it('accept what the skill writes, without unknown keys', () => {
    const parsed = strict(sessionAttributes, {
      ...valid,
      junk: 1,
      dialog: { phase: 'idle', x: 2 },
    });
    expect(parsed).not.toBe(Invalid);
    expect(JSON.stringify(parsed)).not.toMatch(/junk|"x"/);
  });

  it.each<[string, string, unknown]>([
    ['a breathing count out of range', 'user.prefs.breathing.inhale', 13],
    ['a list over its cap', 'user.prefs.leaveOut', Array(65).fill('bridge')],
    ['an unknown phase', 'dialog.phase', 'dancing'],
    ['a position far past any routine', 'dialog.position', { stepIndex: 1e9, chunkIndex: 0 }],
    ['a time zone a megabyte long', 'timeZone', 'x'.repeat(1 << 20)],
  ])('are refused whole with %s', (_, path, value) => {
    const a = structuredClone(valid);
    spoil(a, path, value);
    expect(strict(sessionAttributes, a)).toBe(Invalid);
  });
});

describe('a new record field is one declaration', () => {
  // How issue 12's per-user exercise counts (for example) would be added: an interface line
  // in types.ts and one line in schema.ts. The same builders give strict and repairing parsers.
  const heard = group<{ counts: string[]; offset?: number }>({
    counts: list(text(64, /^/), 100),
    offset: optional(num(0, Number.MAX_SAFE_INTEGER)),
  });

  it('repairs and checks the new field like every other', () => {
    expect(repair(heard, { counts: ['a', 7, 'b'], offset: -1 })).toEqual({
      value: { counts: ['a', 'b'] },
      changed: true,
    });
    expect(strict(heard, { counts: ['a'], offset: 3 })).toEqual({ counts: ['a'], offset: 3 });
    expect(strict(heard, { counts: ['a'], offset: -1 })).toBe(Invalid);
  });

  it('types each builder as its field', () => {
    const n = ranged(0, 10, 5);
    const flag = value(bool, false);
    expect([repair(n, 99).value, repair(flag, 'yes').value]).toEqual([10, false]);
    expect(strict(userRecord, aRecord())).toEqual(aRecord());
  });
});

describe('a stored record is written back when it needed repair', () => {
  const stored = (overrides: Record<string, unknown>) => ({ ...aRecord(), ...overrides });
  const loadFrom = async (raw: unknown) => {
    const store = new MemoryStore();
    await store.put('u', raw as UserRecord, 0);
    return new UserRepository(store, { clock: fixedClock() }).loadChecked('u');
  };

  it.each<[string, boolean, unknown]>([
    ['a valid current record', false, stored({})],
    ['a valid record with a key nobody declared (dropped quietly)', false, stored({ notes: 'x' })],
    [
      'an inhale of 13 s',
      true,
      stored({
        prefs: {
          ...DefaultPreferences,
          breathing: { ...DefaultPreferences.breathing, inhale: 13 },
        },
      }),
    ],
    ['one bad history entry', true, stored({ history: ['junk'] })],
    ['a half-set reminder', true, stored({ reminder: { hour: 7, changedAt: T0.toISOString() } })],
    ['a missing field', true, { ...aRecord(), exerciseSessions: undefined }],
    ['an older schema version', true, stored({ schemaVersion: 1 })],
  ])('%s: written back %p', async (_, repaired, raw) => {
    expect((await loadFrom(raw)).repaired).toBe(repaired);
  });
});

describe('repair and strict agree', () => {
  // Repair says it changed something exactly when strict refuses the value: that decides
  // whether a stored record is written back (one pass instead of a check and a repair).
  const random = seeded(17);
  it('on a thousand records with hostile values planted anywhere in them', () => {
    for (let i = 0; i < 1000; i++) {
      const raw = JSON.parse(JSON.stringify(aRecord({ history: [anEntry(), anEntry()] })));
      const values = hostileValues(random);
      plant(raw, values[Math.floor(random() * values.length)], random);
      expect(repair(userRecord, raw).changed).toBe(strict(userRecord, raw) === Invalid);
      // And what the store gets back (times filled in) passes strict.
      expect(strict(userRecord, normalizeRecord(raw, T0))).not.toBe(Invalid);
    }
  });
});

function anEntry() {
  return { date: '2025-03-09', routineId: 'bedside-morning', minutes: 9, at: T0.toISOString() };
}
