/**
 * The dialog against a real DynamoDB engine (dynalite on loopback): resume on another device,
 * and a table that throttles: the turn still answers, the user is told once, the next turn saves.
 */
import { DynamoDbStore } from '../../lambda/store/dynamodb-store';
import { injectThrottling } from '../store/fault-injection';
import { Device } from '../support/device';
import { startDynalite, type LocalDynamo } from '../support/dynalite';
import { speechText } from '../support/speech';
import { transcript } from '../support/transcript';

jest.setTimeout(30_000);

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.stop());

async function newStore() {
  const client = dynamo.newClient();
  const store = new DynamoDbStore({ tableName: await dynamo.createTable(), client });
  return { store, faults: injectThrottling(client) };
}

it('a routine stopped mid-way is offered at the right exercise on another device', async () => {
  const { store } = await newStore();
  await transcript(
    `
      U: start my morning routine
      U: next
      U: next
      A: Next, the other side. Ready?
      U: stop
      -- 25 minutes later
      -- another device
      U: open back stretch coach
      A: Last time you stopped at knee to chest rock in the bedside morning routine. Shall we pick up there? (open)
      U: yes
      A: Now the right side … Next is cat cow in bed
    `,
    new Device({ store }),
  );
});

it('a throttled table: the turn answers, the user hears once that saving failed, the next turn saves', async () => {
  const { store, faults } = await newStore();
  const device = new Device({ store });
  await device.say('open back stretch coach');
  faults.failNext(100);
  await device.say('yes');
  expect(speechText(device.last!.response)).toMatch(
    /^I couldn't save your progress just now.*The bedside morning routine/,
  );
  await device.say('next');
  expect(speechText(device.last!.response)).not.toMatch(/couldn't save/);
  expect(speechText(device.last!.response)).toMatch(/belly breathing/i);
  await device.say('next');
  expect(speechText(device.last!.response)).toMatch(/knee to chest rock/i);
  faults.failNext(0);
  await device.say('next');
  const stored = await store.get(device.userId);
  expect(stored?.resume).toMatchObject({
    routineId: 'bedside-morning',
    exerciseId: 'knee-to-chest-rock',
    chunkIndex: 1,
  });
});
