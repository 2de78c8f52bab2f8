import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbStore } from '../../lambda/store/dynamodb-store';
import { storeFromEnv } from '../../lambda/store/from-env';
import { recordFinished } from '../../lambda/store/progress';
import { UserRepository } from '../../lambda/store/repository';
import { CurrentSchemaVersion, VersionConflictError } from '../../lambda/store/types';
import { startDynalite, type LocalDynamo } from '../support/dynalite';
import { aRecord, fixedClock, recordingSleep } from './builders';

let dynamo: LocalDynamo;
let table: string;
const user = 'amzn1.ask.account.TESTUSER1';

beforeAll(async () => {
  dynamo = await startDynalite();
  table = await dynamo.createTable();
});
afterAll(() => dynamo.stop());

function repo(clock = fixedClock()) {
  const store = new DynamoDbStore({ tableName: table, client: dynamo.newClient() });
  return new UserRepository(store, { clock, sleep: recordingSleep().sleep });
}

async function rawItem(userId: string) {
  const doc = DynamoDBDocumentClient.from(dynamo.newClient());
  return (await doc.send(new GetCommand({ TableName: table, Key: { id: userId } }))).Item;
}

describe('DynamoDbStore against dynalite', () => {
  it('keeps preferences and progress between sessions on any device', async () => {
    const userId = `${user}-roundtrip`;
    const first = await repo().load(userId);
    expect(first.version).toBe(0);
    const changed = {
      ...first,
      welcomed: true,
      prefs: { ...first.prefs, pace: 'slower' as const },
    };
    expect((await repo().save(userId, changed)).ok).toBe(true);

    const later = await repo().load(userId);
    expect(later).toMatchObject({ version: 1, welcomed: true, prefs: { pace: 'slower' } });
    const item = await rawItem(userId);
    expect(item).toMatchObject({ id: userId, version: 1, attributes: { welcomed: true } });
  });

  it('finds a pause made on one device from another device of the same user', async () => {
    const userId = `${user}-resume`;
    const kitchen = await repo().load(userId);
    const resume = {
      routineId: 'morning',
      exerciseId: 'cat-cow',
      stepIndex: 3,
      chunkIndex: 1,
      at: '2025-03-10T06:40:00.000Z',
    };
    expect((await repo().save(userId, { ...kitchen, resume })).ok).toBe(true);

    const bedroom = await repo(fixedClock('2025-03-10T07:05:00Z')).load(userId);
    expect(bedroom.resume).toEqual(resume);
  });

  it('refuses a write based on a stale version', async () => {
    const store = new DynamoDbStore({ tableName: table, client: dynamo.newClient() });
    const userId = `${user}-stale`;
    await store.put(userId, aRecord(), 0);
    await expect(store.put(userId, aRecord(), 0)).rejects.toBeInstanceOf(VersionConflictError);
    await store.put(userId, aRecord(), 1);
    await expect(store.put(userId, aRecord(), 1)).rejects.toBeInstanceOf(VersionConflictError);
    expect((await store.get(userId))?.version).toBe(2);
  });

  it('merges two devices writing at once instead of losing either', async () => {
    const userId = `${user}-two-devices`;
    await repo().save(userId, aRecord({ welcomed: true }));
    const kitchen = await repo().load(userId);
    const bedroom = await repo().load(userId);

    const finished = recordFinished(
      { ...kitchen, prefs: { ...kitchen.prefs, quiet: true } },
      { routineId: 'morning', minutes: 12, now: new Date('2025-03-10T07:30:00Z'), timeZone: 'UTC' },
    );
    finished.prefsChangedAt.quiet = '2025-03-10T07:20:00Z';
    expect((await repo().save(userId, finished)).ok).toBe(true);

    const paused = {
      ...bedroom,
      prefs: { ...bedroom.prefs, pace: 'faster' as const },
      prefsChangedAt: { pace: '2025-03-10T07:25:00Z' },
    };
    const saved = await repo().save(userId, paused);
    expect(saved.ok).toBe(true);

    const merged = await repo().load(userId);
    expect(merged.version).toBe(3);
    expect(merged.prefs).toMatchObject({ quiet: true, pace: 'faster' });
    expect(merged.history.map((h) => h.routineId)).toEqual(['morning']);
    expect(merged.streak).toEqual({ days: 1, lastDate: '2025-03-10' });
  });

  it('deletes everything about the user when the skill is disabled', async () => {
    const userId = `${user}-disabled`;
    await repo().save(userId, aRecord({ welcomed: true }));
    expect(await rawItem(userId)).toBeDefined();
    await repo().forget(userId);
    expect(await rawItem(userId)).toBeUndefined();
    expect(await repo().load(userId)).toMatchObject({ version: 0, welcomed: false });
  });

  it('migrates an item stored by the old schema and writes it back in the new one', async () => {
    const userId = `${user}-old`;
    const doc = DynamoDBDocumentClient.from(dynamo.newClient());
    const old = {
      version: 4,
      prefs: { speed: 'slow', holdScale: 1.5, quiet: true, flare: false },
      history: [
        { date: '2024-11-02', routineId: 'evening', minutes: 9, at: '2024-11-02T20:00:00Z' },
      ],
      streak: { days: 1, lastDate: '2024-11-02' },
      welcomed: true,
      createdAt: '2024-10-01T00:00:00Z',
      updatedAt: '2024-11-02T20:00:00Z',
    };
    await doc.send(
      new PutCommand({ TableName: table, Item: { id: userId, version: 4, attributes: old } }),
    );

    const loaded = await repo().load(userId);
    expect(loaded).toMatchObject({
      schemaVersion: CurrentSchemaVersion,
      version: 4,
      prefs: { pace: 'slower', holdScale: 1.5, quiet: true, gentle: false, leaveOut: [] },
      prefsChangedAt: { pace: '2024-11-02T20:00:00Z' },
      welcomed: true,
    });
    expect((await repo().save(userId, loaded)).ok).toBe(true);
    const item = await rawItem(userId);
    expect(item?.version).toBe(5);
    expect(item?.attributes.schemaVersion).toBe(CurrentSchemaVersion);
    expect(item?.attributes.prefs).not.toHaveProperty('speed');
    expect(JSON.stringify(item)).not.toMatch(/flare/i);
  });
});

describe('DynamoDbStore from the standard AWS configuration', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reaches the endpoint named by AWS_ENDPOINT_URL_DYNAMODB', async () => {
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
    const store = storeFromEnv({ TABLE_NAME: table });
    await store.put(`${user}-env`, aRecord({ welcomed: true }), 0);
    expect((await rawItem(`${user}-env`))?.attributes.welcomed).toBe(true);
  });
});
