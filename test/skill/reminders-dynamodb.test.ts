/**
 * The daily reminder with both remote parts real: DynamoDB (dynalite on loopback) keeps the
 * alert token with the user's record, and the loopback Alexa APIs hold the reminder. Another
 * Echo of the same user sees the same reminder, and Alexa's ReminderDeleted event clears it.
 */
import { DynamoDbStore } from '../../lambda/store/dynamodb-store';
import { AlexaApiServer } from '../../tools/lib/alexa-api-server';
import { Device } from '../support/device';
import { startDynalite, type LocalDynamo } from '../support/dynalite';
import { transcript } from '../support/transcript';

jest.setTimeout(30_000);

let dynamo: LocalDynamo;
let api: AlexaApiServer;
beforeAll(async () => {
  dynamo = await startDynalite();
  api = await new AlexaApiServer({ token: 'token-db', timeZone: 'America/New_York' }).start();
});
afterAll(async () => {
  await api.stop();
  await dynamo.stop();
});

it('stores the reminder in DynamoDB, shares it across devices, and follows Alexa events', async () => {
  const store = new DynamoDbStore({
    tableName: await dynamo.createTable(),
    client: dynamo.newClient(),
  });
  const kitchen = new Device({
    store,
    alexaApi: { endpoint: api.endpoint, token: 'token-db' },
    remindersPermission: 'GRANTED',
  });
  await transcript(
    `
      U: open back stretch coach
      U: remind me every day at six thirty am
      A: Done. Every day at 6:30 AM I'll remind you
      U: <quit>
      -- another device
      U: open back stretch coach
      U: what's my reminder
      A: Your daily reminder rings at 6:30 AM
    `,
    kitchen,
  );
  const [held] = [...api.reminders.values()];
  expect(held.request).toMatchObject({
    trigger: {
      timeZoneId: 'America/New_York',
      recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=6;BYMINUTE=30;BYSECOND=0;INTERVAL=1'] },
    },
  });
  const stored = await store.get(kitchen.userId);
  expect(stored?.reminder).toMatchObject({ alertToken: held.alertToken, hour: 6, minute: 30 });

  await kitchen.reminderEvent('Reminders.ReminderDeleted', { alertTokens: [held.alertToken] });
  expect((await store.get(kitchen.userId))?.reminder?.alertToken).toBeUndefined();
});
