/**
 * The outside probe's cases, replayed against the real skill: session attributes and stored
 * records that try to hang a turn or bloat storage, a megabyte slot, odd locales, malformed
 * resolutions, deep nesting and unknown keys. Every answer is valid Alexa output, small, and
 * costs little CPU; nothing hostile reaches storage.
 */
import { ResponseFactory, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { errorHandler } from '../../lambda/handlers/error';
import { Intent, SlotType } from '../../lambda/ids';
import { createSkill } from '../../lambda/skill';
import { MemoryStore } from '../../lambda/store/memory-store';
import type { UserRecord } from '../../lambda/store/types';
import { intentRequest, launchRequest, newConversation } from '../../tools/lib/envelopes';
import { assertValidResponse } from '../support/alexa-output';
import { Device } from '../support/device';
import { deeplyNested, Megabyte, spoil } from '../support/hostile';
import { speechText } from '../support/speech';

const now = new Date('2026-11-23T07:00:00Z');
/** A bound on one turn's CPU, not a timing race: a normal turn takes a few milliseconds. */
const MaxTurnCpuMs = 200;

function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** A device part-way through the breathing routine, and the attributes its session carries. */
async function breathingUnderWay() {
  const device = new Device({ now });
  await device.say('start the breathing routine');
  const attributes = device.last!.response.sessionAttributes as Record<string, unknown>;
  return { device, attributes };
}

async function send(
  store: MemoryStore,
  envelope: RequestEnvelope,
): Promise<{ r: ResponseEnvelope; cpu: number }> {
  const skill = createSkill({ store, clock: () => now, log: () => undefined });
  const start = process.cpuUsage();
  const r = await skill.invoke(envelope);
  const cpu = cpuMs(start);
  await assertValidResponse(r);
  return { r, cpu };
}

function inSession(userId: string, attributes: Record<string, unknown>) {
  return newConversation({ userId, isNew: false, attributes });
}

beforeAll(async () => {
  // Warm the content and string caches, so CPU figures are a turn's, not a cold start's.
  await new Device({ now }).say('start the breathing routine');
});

describe('session attributes are not trusted', () => {
  it.each([1e308, '1e999', 1_000_000, -5, 0])(
    'a breathing count of %p in the session is discarded for the stored record',
    async (inhale) => {
      const { device, attributes } = await breathingUnderWay();
      spoil(attributes, 'user.prefs.breathing.inhale', inhale);
      const envelope = intentRequest(inSession(device.userId, attributes), 'AMAZON.NextIntent');
      const { r, cpu } = await send(device.store as MemoryStore, envelope);
      expect(cpu).toBeLessThan(MaxTurnCpuMs);
      expect(JSON.stringify(r).length).toBeLessThan(50_000);
      const kept = r.sessionAttributes as { user: UserRecord };
      expect(kept.user.prefs.breathing.inhale).toBe(4);
      expect((await device.store.get(device.userId))?.prefs.breathing.inhale).toBe(4);
    },
  );

  it('drops unknown keys, at every level, and never echoes them', async () => {
    const { device, attributes } = await breathingUnderWay();
    for (const path of ['junk', 'user.junk', 'user.prefs.junk', 'dialog.junk'])
      spoil(attributes, path, Megabyte);
    const envelope = intentRequest(inSession(device.userId, attributes), 'AMAZON.HelpIntent');
    const { r } = await send(device.store as MemoryStore, envelope);
    expect(JSON.stringify(r)).not.toMatch(/junk/);
    expect(JSON.stringify(r).length).toBeLessThan(50_000);
    expect(JSON.stringify(await device.store.get(device.userId))).not.toMatch(/junk/);
  });

  it('answers through 10,000 levels of nesting wherever they are put', async () => {
    const { device, attributes } = await breathingUnderWay();
    const deep = deeplyNested(10_000);
    for (const where of ['user', 'dialog', 'junk'] as const) {
      const a = { ...structuredClone(attributes), [where]: deep };
      const envelope = intentRequest(inSession(device.userId, a), Intent.StartRoutine, {
        routine: { value: 'bedside', type: SlotType.Routine },
      });
      spoil(envelope.request, 'intent.slots.routine.value', deep);
      const { r, cpu } = await send(device.store as MemoryStore, envelope);
      expect(cpu).toBeLessThan(MaxTurnCpuMs);
      expect(() => JSON.stringify(r)).not.toThrow();
    }
  });

  it('discards a dialog position far past the routine and answers from the store', async () => {
    const { device, attributes } = await breathingUnderWay();
    spoil(attributes, 'dialog.position', { stepIndex: 1e308, chunkIndex: 2 ** 53 });
    const envelope = intentRequest(inSession(device.userId, attributes), 'AMAZON.NextIntent');
    const { r, cpu } = await send(device.store as MemoryStore, envelope);
    expect(cpu).toBeLessThan(MaxTurnCpuMs);
    expect(speechText(r)).not.toMatch(/went wrong/);
  });
});

describe('a hostile stored record is repaired field by field', () => {
  it('clamps counts, caps lists and keeps every valid field', async () => {
    const store = new MemoryStore();
    const c = newConversation();
    const device = new Device({ now, store, userId: c.userId });
    await device.say('start the breathing routine');
    await device.say('stop');
    const good = (await store.get(c.userId))!;
    const hostile = {
      ...good,
      notes: Megabyte,
      prefs: {
        ...good.prefs,
        breathing: { inhale: 1_000_000, holdIn: '1e999', exhale: 1e308, holdOut: -3 },
        holdScale: 1e308,
        leaveOut: Array.from({ length: 100_000 }, (_, i) => `move-${i}`),
        pace: Megabyte,
      },
      history: [...good.history, { date: Megabyte, routineId: 'x', minutes: 1, at: 'y' }],
      streak: { days: 1e308 },
    } as unknown as UserRecord;
    // Written as a store would have kept it, bypassing the repository (and its schema).
    await store.put(c.userId, hostile, good.version);

    // A new session starts the routine again, so the turn reads the record, repairs it and
    // saves it. Only the skill's own work is timed (not the test device's SSML checks).
    const envelope = intentRequest(newConversation({ userId: c.userId }), Intent.StartRoutine, {
      routine: { value: 'breathing', id: 'breathing', type: SlotType.Routine },
    });
    const { r, cpu } = await send(store, envelope);
    expect(cpu).toBeLessThan(MaxTurnCpuMs);
    expect(r.response.outputSpeech).toBeDefined();

    const repaired = (await store.get(c.userId))!;
    expect(repaired.prefs.breathing).toEqual({ inhale: 12, holdIn: 0, exhale: 12, holdOut: 0 });
    expect(repaired.prefs.holdScale).toBe(2);
    expect(repaired.prefs.leaveOut.length).toBeLessThanOrEqual(64);
    expect(repaired.prefs.pace).toBe('normal');
    expect(repaired.welcomed).toBe(true);
    expect(repaired.history).toEqual(good.history);
    expect(JSON.stringify(repaired).length).toBeLessThan(10_000);
    expect(JSON.stringify(repaired)).not.toMatch(/notes|xxxx/);
  });
});

describe('slots, locales and resolutions', () => {
  it('says back at most 60 characters of a 1 MB routine name', async () => {
    const store = new MemoryStore();
    const name = `the ${'very '.repeat(200_000)}long one`;
    const envelope = intentRequest(newConversation(), Intent.StartRoutine, {
      routine: { value: name, type: SlotType.Routine },
    });
    const { r, cpu } = await send(store, envelope);
    expect(cpu).toBeLessThan(MaxTurnCpuMs);
    const ssml = (r.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml.length).toBeLessThan(1000);
    expect(speechText(r)).toMatch(/I don't know a routine called the very very/);
    expect(speechText(r).match(/very/g)!.length).toBeLessThanOrEqual(12);
  });

  it('escapes what it says back', async () => {
    const envelope = intentRequest(newConversation(), Intent.StartRoutine, {
      routine: { value: 'rock & roll <break time="60s"/>', type: SlotType.Routine },
    });
    const { r } = await send(new MemoryStore(), envelope);
    const ssml = (r.response.outputSpeech as { ssml: string }).ssml;
    expect(ssml).toContain('rock &amp; roll &lt;break');
    expect(ssml).not.toContain('60s"/>');
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['an object', { toString: 'x' }],
    ['a megabyte', Megabyte],
    ['another language', 'fr-FR'],
  ])('answers in English when the locale is %s', async (_, locale) => {
    const envelope = launchRequest(newConversation());
    (envelope.request as { locale: unknown }).locale = locale;
    const { r } = await send(new MemoryStore(), envelope);
    expect(speechText(r)).toMatch(/Welcome to Back Stretch Coach/);
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['a string', 'ER_SUCCESS_MATCH'],
    ['a list of junk', [null, 42, { status: 7, values: {} }]],
    [
      'a matched id a megabyte long',
      [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: Megabyte } }] }],
    ],
  ])('copes with resolutionsPerAuthority as %s', async (_, resolutions) => {
    const envelope = intentRequest(newConversation(), Intent.StartRoutine, {
      routine: { value: 'bedside morning', type: SlotType.Routine },
    });
    spoil(envelope.request, 'intent.slots.routine.resolutions', {
      resolutionsPerAuthority: resolutions,
    });
    const { r } = await send(new MemoryStore(), envelope);
    expect(speechText(r)).toMatch(/I don't know a routine called bedside morning/);
  });
});

describe('the error handler', () => {
  const input = (locale: unknown) =>
    ({
      requestEnvelope: { request: { type: 'IntentRequest', locale } },
      responseBuilder: ResponseFactory.init(),
    }) as unknown as HandlerInput;

  it.each<[string, unknown]>([
    ['42', 42],
    ['null', null],
    ['undefined', undefined],
    ['a megabyte', Megabyte],
    ['de-DE', 'de-DE'],
  ])('apologises, and does not throw, for locale %s', (_, locale) => {
    const r = errorHandler(() => undefined).handle(input(locale), new Error('boom'));
    expect(JSON.stringify(r)).toMatch(/Sorry|Entschuldigung|Lo siento/);
  });

  it('does not throw when the log sink throws or the error is not an Error', () => {
    const throwing = () => {
      throw new Error('log down');
    };
    const r = errorHandler(throwing).handle(input(42), 'a string' as unknown as Error);
    expect(JSON.stringify(r)).toMatch(/Sorry/);
  });
});
