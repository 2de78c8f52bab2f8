import { DynamoDbStore } from '../../lambda/store/dynamodb-store';
import { UserRepository } from '../../lambda/store/repository';
import { startDynalite, type LocalDynamo } from '../support/dynalite';
import { aRecord, fixedClock, recordingSleep } from './builders';
import { injectThrottling } from './fault-injection';

let dynamo: LocalDynamo;
let table: string;

beforeAll(async () => {
  dynamo = await startDynalite();
  table = await dynamo.createTable();
});
afterAll(() => dynamo.stop());

function throttledRepo() {
  const client = dynamo.newClient();
  const faults = injectThrottling(client);
  const waits = recordingSleep();
  const store = new DynamoDbStore({ tableName: table, client });
  const repository = new UserRepository(store, { clock: fixedClock(), sleep: waits.sleep });
  return { repository, faults, waits };
}

describe('saving through a throttled table', () => {
  it('rides out a short burst of throttling within a second of backoff', async () => {
    const { repository, faults, waits } = throttledRepo();
    faults.failNext(2);
    const result = await repository.save('user-burst', aRecord({ welcomed: true }));
    expect(result.ok).toBe(true);
    expect(faults.failed).toBe(2);
    expect(waits.total()).toBeLessThanOrEqual(1000);
    expect((await repository.load('user-burst')).welcomed).toBe(true);
  });

  it('gives up without throwing when throttling lasts, and the next save succeeds', async () => {
    const { repository, faults, waits } = throttledRepo();
    faults.failNext(1000);
    const failed = await repository.save('user-outage', aRecord({ welcomed: true }));
    expect(failed).toEqual({ ok: false, error: expect.stringContaining('Throughput') });
    expect(waits.total()).toBeLessThanOrEqual(1000);

    faults.failNext(0);
    const retried = await repository.save('user-outage', aRecord({ welcomed: true }));
    expect(retried).toMatchObject({ ok: true, record: { version: 1, welcomed: true } });
  });

  it('still answers a load during an outage, and its later save does not overwrite', async () => {
    const { repository, faults } = throttledRepo();
    await repository.save('user-flaky', aRecord({ welcomed: true }));
    faults.failNext(1000);
    const standIn = await repository.load('user-flaky');
    expect(standIn.version).toBe(0);

    faults.failNext(0);
    const saved = await repository.save('user-flaky', standIn);
    expect(saved).toMatchObject({ ok: true, record: { version: 2, welcomed: true } });
  });

  it('does not retry an error that will not pass', async () => {
    const waits = recordingSleep();
    const store = new DynamoDbStore({ tableName: 'no-such-table', client: dynamo.newClient() });
    const repository = new UserRepository(store, { sleep: waits.sleep });
    const result = await repository.save('user-x', aRecord());
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('ResourceNotFound') });
    expect(waits.waits).toEqual([]);
  });
});
