/**
 * The daily reminder, end to end over real HTTP: the real ask-sdk service clients call a
 * loopback stand-in for the Alexa APIs (tools/lib/alexa-api-server.ts) that the envelopes'
 * apiEndpoint points at. Alexa's consent question is answered the way a user does.
 */
import { UserRepository } from '../../lambda/store/repository';
import { AlexaApiServer } from '../../tools/lib/alexa-api-server';
import { Device, type DeviceOptions } from '../support/device';
import { transcript } from '../support/transcript';

const Token = 'token-16';
const Scope = 'alexa::alerts:reminders:skill:readwrite';
let api: AlexaApiServer;

beforeEach(async () => {
  api = await new AlexaApiServer({ token: Token, timeZone: 'Europe/Berlin' }).start();
});
afterEach(() => api.stop());

/** 2026-11-23 is a Monday; 07:00 UTC is 08:00 in Berlin. */
function device(o: DeviceOptions = {}): Device {
  return new Device({ alexaApi: { endpoint: api.endpoint, token: Token }, ...o });
}

function dailyBody(hour: number, startDateTime: string, text: string, locale = 'en-US') {
  return {
    requestTime: '2026-11-23T08:00:00.000',
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'Europe/Berlin',
      recurrence: {
        startDateTime,
        recurrenceRules: [`FREQ=DAILY;BYHOUR=${hour};BYMINUTE=0;BYSECOND=0;INTERVAL=1`],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

const BedsideText = 'Time for your bedside morning routine. Say: Alexa, open back stretch coach.';

async function storedReminder(d: Device) {
  return (await d.store.get(d.userId))?.reminder;
}

describe('first-time consent by voice', () => {
  it('granted: Alexa asks, the user approves, and the daily reminder is created', async () => {
    const d = await transcript(
      `
      U: open back stretch coach
      A: Welcome to Back Stretch Coach (open)
      U: remind me every morning at seven
      A: I can remind you every day at 7:00 AM. Alexa needs your permission first.
      U: yes
      A: Done. Every day at 7:00 AM I'll remind you to do your bedside morning routine.
      A: Would you like to start the bedside morning routine? (open)
    `,
      device(),
    );
    const sent = d.last!.response;
    expect(sent.response.card).toBeUndefined();
    // The consent question carried what was asked for; the create call carried the token.
    expect(api.reminderCalls).toEqual([
      {
        method: 'POST',
        path: '/v1/alerts/reminders',
        authorization: `Bearer ${Token}`,
        body: dailyBody(7, '2026-11-24T07:00:00.000', BedsideText),
      },
    ]);
    const [held] = [...api.reminders.values()];
    expect(await storedReminder(d)).toMatchObject({
      alertToken: held.alertToken,
      hour: 7,
      minute: 0,
      routineId: 'bedside-morning',
    });
  });

  it('sends AskFor with the reminders scope, and leaves the mic to Alexa', async () => {
    const d = device();
    await d.say('open back stretch coach');
    const { response } = (await d.say('remind me every morning at seven')).response;
    expect(response.directives).toEqual([
      {
        type: 'Connections.SendRequest',
        name: 'AskFor',
        payload: {
          '@type': 'AskForPermissionsConsentRequest',
          '@version': '1',
          permissionScope: Scope,
        },
        token: 'reminder:set:7:00',
      },
    ]);
    expect(response.reprompt).toBeUndefined();
    expect(response.shouldEndSession).toBeUndefined();
  });

  it('denied: no reminder, no nagging card, nothing sent to the Reminders API', async () => {
    const d = await transcript(
      `
      U: open back stretch coach
      U: remind me every morning at seven
      A: permission first
      U: no
      A: Okay, no reminder then. You can ask me again any time.
      A: Would you like to start the bedside morning routine? (open)
    `,
      device(),
    );
    expect(d.last!.response.response.card).toBeUndefined();
    expect(api.reminderCalls).toEqual([]);
    expect(await storedReminder(d)).toBeUndefined();
  });

  it('not answered: a card in the Alexa app offers the permission instead', async () => {
    const d = await transcript(
      `
      U: open back stretch coach
      U: remind me every morning at seven
      U: <silence>
      A: I didn't hear an answer, so there's no reminder yet … a card in the Alexa app
    `,
      device(),
    );
    expect(d.last!.response.response.card).toEqual({
      type: 'AskForPermissionsConsent',
      permissions: [Scope],
    });
    expect(api.reminderCalls).toEqual([]);
  });

  it('a device that cannot ask by voice: the card is the way', async () => {
    const d = await transcript(
      `
      U: open back stretch coach
      U: set a daily reminder for seven
      U: yes
      A: I can't ask for that permission by voice on this device … card in the Alexa app
    `,
      device({ voiceConsent: false }),
    );
    expect(d.last!.response.response.card).toMatchObject({ type: 'AskForPermissionsConsent' });
    expect(api.reminderCalls).toEqual([]);
  });
});

describe('with the permission granted', () => {
  const granted = () => device({ remindersPermission: 'GRANTED' });

  it('asks for the time when none was said, then sets, changes, tells and cancels', async () => {
    const d = await transcript(
      `
      U: open back stretch coach
      U: set a daily reminder
      A: What time each day should I remind you? (open)
      U: seven thirty
      A: Done. Every day at 7:30 AM I'll remind you
      U: change my reminder to eight
      A: Done. Your daily reminder now rings at 8:00 AM
      U: what's my reminder
      A: Your daily reminder rings at 8:00 AM, for the bedside morning routine.
      U: cancel my reminder
      A: Okay, I've cancelled your daily reminder.
      U: what's my reminder
      A: You don't have a daily reminder yet.
    `,
      granted(),
    );
    const calls = api.reminderCalls;
    const token = (calls[1].path.split('/').pop() ?? '') as string;
    expect(calls.map((c) => `${c.method} ${c.path.replace(token, '<token>')}`)).toEqual([
      'POST /v1/alerts/reminders',
      'PUT /v1/alerts/reminders/<token>',
      'GET /v1/alerts/reminders/<token>',
      'DELETE /v1/alerts/reminders/<token>',
    ]);
    expect(calls.every((c) => c.authorization === `Bearer ${Token}`)).toBe(true);
    expect((calls[0].body as ReturnType<typeof dailyBody>).trigger.recurrence).toEqual({
      startDateTime: '2026-11-24T07:30:00.000',
      recurrenceRules: ['FREQ=DAILY;BYHOUR=7;BYMINUTE=30;BYSECOND=0;INTERVAL=1'],
    });
    // Eight is still ahead today in Berlin (it is 8:00 now, so no: tomorrow).
    expect(calls[1].body).toEqual(dailyBody(8, '2026-11-24T08:00:00.000', BedsideText));
    expect(api.reminders.size).toBe(0);
    const stored = await storedReminder(d);
    expect(stored?.alertToken).toBeUndefined();
  });

  it('a bare time nobody asked for is not a reminder', async () => {
    await transcript(
      `
      U: open back stretch coach
      U: five
      A: Sorry, I didn't catch that.
    `,
      granted(),
    );
    expect(api.reminderCalls).toEqual([]);
  });

  it('speaks the reminder in German and Spanish, in the user locale', async () => {
    const de = device({ locale: 'de-DE', remindersPermission: 'GRANTED' });
    await transcript(
      `
      U: öffne rücken coach
      U: erinnere mich jeden Morgen um sieben
      A: Erledigt. Jeden Tag um 7:00 Uhr erinnere ich Sie an Ihre Morgenroutine im Bett.
    `,
      de,
    );
    const es = device({ locale: 'es-ES', remindersPermission: 'GRANTED' });
    await transcript(
      `
      U: abre entrenador de espalda
      U: recuérdame cada mañana a las siete
      A: Hecho. Cada día a las 7:00 te recordaré tu rutina matutina en la cama.
    `,
      es,
    );
    expect(api.reminderCalls.map((c) => c.body)).toEqual([
      dailyBody(
        7,
        '2026-11-24T07:00:00.000',
        'Zeit für Ihre Morgenroutine im Bett. Sagen Sie: Alexa, öffne Rücken Coach.',
        'de-DE',
      ),
      dailyBody(
        7,
        '2026-11-24T07:00:00.000',
        'Es hora de tu rutina matutina en la cama. Di: Alexa, abre entrenador de espalda.',
        'es-ES',
      ),
    ]);
  });

  it('offers the routine the user does most', async () => {
    const d = granted();
    const record = await d.store.get(d.userId);
    await d.store.put(
      d.userId,
      {
        ...(record ?? (await new UserRepository(d.store).load(d.userId))),
        history: [
          { date: '2026-11-20', routineId: 'breathing', minutes: 5, at: '2026-11-20T07:00:00Z' },
          { date: '2026-11-21', routineId: 'breathing', minutes: 5, at: '2026-11-21T07:00:00Z' },
          { date: '2026-11-22', routineId: 'desk-break', minutes: 5, at: '2026-11-22T07:00:00Z' },
        ],
      },
      0,
    );
    await transcript(
      `
      U: remind me every day at seven
      A: Every day at 7:00 AM I'll remind you to do your breathing routine. … What would you like to do next? (open)
    `,
      d,
    );
  });
});

describe('API errors are spoken clearly and lose nothing', () => {
  it.each([
    [401, undefined, "isn't allowed to manage reminders anymore, so nothing changed", true],
    [403, undefined, "isn't allowed to manage reminders anymore, so nothing changed", true],
    [
      403,
      'DEVICE_NOT_SUPPORTED',
      "This device can't take reminders from skills, so nothing changed",
      false,
    ],
    [403, 'MAX_REMINDERS_EXCEEDED', 'as many reminders as Alexa allows', false],
    [429, undefined, "Alexa's reminders are busy right now, so nothing changed", false],
    [500, undefined, "couldn't reach Alexa's reminders just now, so nothing changed", false],
    [503, undefined, "couldn't reach Alexa's reminders just now, so nothing changed", false],
  ])('create answering %i %s', async (status, code, said, card) => {
    const d = device({ remindersPermission: 'GRANTED' });
    await d.say('open back stretch coach');
    api.failNext({ status, ...(code ? { code } : {}) });
    await transcript(`U: remind me every morning at seven\nA: ${said}`, d);
    expect(Boolean(d.last!.response.response.card)).toBe(card);
    expect(await storedReminder(d)).toBeUndefined();
    // The next try works: nothing was left half done.
    await transcript('U: remind me every morning at seven\nA: Done. Every day at 7:00 AM', d);
    expect((await storedReminder(d))?.alertToken).toBeDefined();
  });

  it('a failed change or cancel keeps the reminder that is set', async () => {
    const d = device({ remindersPermission: 'GRANTED' });
    await transcript(
      `
      U: open back stretch coach
      U: remind me every morning at seven
      A: Done
    `,
      d,
    );
    const before = await storedReminder(d);
    api.failNext({ status: 500 });
    await transcript("U: change my reminder to eight\nA: couldn't reach Alexa's reminders", d);
    api.failNext({ status: 429 });
    await transcript('U: cancel my reminder\nA: busy right now', d);
    expect(await storedReminder(d)).toEqual(before);
    // "What's my reminder?" still answers from the record when Alexa can't.
    api.failNext({ status: 503 });
    await transcript("U: what's my reminder\nA: Your daily reminder rings at 7:00 AM", d);
  });

  it('a reminder deleted in the Alexa app: a change sets a new one', async () => {
    const d = device({ remindersPermission: 'GRANTED' });
    await transcript('U: open back stretch coach\nU: remind me every morning at seven', d);
    api.reminders.clear();
    await transcript(
      'U: change my reminder to eight\nA: Done. Your daily reminder now rings at 8:00',
      d,
    );
    expect(api.reminderCalls.map((c) => `${c.method} ${c.path.split('/').length}`)).toEqual([
      'POST 4',
      'PUT 5',
      'POST 4',
    ]);
    const [held] = [...api.reminders.values()];
    expect((await storedReminder(d))?.alertToken).toBe(held.alertToken);
  });
});

describe('Reminders events keep the record in sync', () => {
  it('ReminderDeleted forgets the stored reminder', async () => {
    const d = device({ remindersPermission: 'GRANTED' });
    await transcript(
      'U: open back stretch coach\nU: remind me every morning at seven\nU: <quit>',
      d,
    );
    const token = (await storedReminder(d))?.alertToken;
    await d.reminderEvent('Reminders.ReminderDeleted', { alertTokens: ['other', token] });
    expect((await storedReminder(d))?.alertToken).toBeUndefined();
    await transcript("U: what's my reminder\nA: You don't have a daily reminder yet.", d);
  });

  it('an event about another reminder changes nothing', async () => {
    const d = device({ remindersPermission: 'GRANTED' });
    await transcript(
      'U: open back stretch coach\nU: remind me every morning at seven\nU: <quit>',
      d,
    );
    const before = await storedReminder(d);
    await d.reminderEvent('Reminders.ReminderDeleted', { alertTokens: ['someone-else'] });
    await d.reminderEvent('Reminders.ReminderUpdated', { alertToken: before?.alertToken });
    expect(await storedReminder(d)).toEqual(before);
  });
});

describe('the offer after a finished routine', () => {
  const finishRoutine = `
    U: start my morning routine
    U: skip
    U: skip
    U: skip
    U: skip
    U: skip
  `;

  it('is made to a user without a reminder, and yes sets it for the time the routine began', async () => {
    const d = await transcript(
      `
      ${finishRoutine}
      A: That's the bedside morning routine done … Would you like me to remind you tomorrow at the same time, and every day after? (open)
      U: yes
      A: permission first
      U: yes
      A: Done. Every day at 8:00 AM I'll remind you to do your bedside morning routine. (end)
    `,
      device(),
    );
    expect(api.reminderCalls.map((c) => c.body)).toEqual([
      dailyBody(8, '2026-11-24T08:00:00.000', BedsideText),
    ]);
    // With a reminder set, no more offers.
    await transcript(
      `
      -- 1 days later
      ${finishRoutine}
      A: That makes a 2 day streak (end)
    `,
      d,
    );
  });

  it('says goodbye only when it does not ask', async () => {
    const d = await transcript(finishRoutine, device());
    expect(JSON.stringify(d.last!.response.response.outputSpeech)).not.toContain(
      'See you next time',
    );
  });

  it('comes at most once a week', async () => {
    await transcript(
      `
      ${finishRoutine}
      A: remind you tomorrow at the same time (open)
      U: <silence>
      -- 1 days later
      ${finishRoutine}
      A: That makes a 2 day streak … See you next time. (end)
      -- 6 days later
      ${finishRoutine}
      A: remind you tomorrow at the same time (open)
    `,
      device(),
    );
  });

  it('after "no", not again for 30 days', async () => {
    const d = await transcript(
      `
      ${finishRoutine}
      U: no
      A: Okay, no reminder. I won't ask again for a while. (end)
      -- 8 days later
      ${finishRoutine}
      A: See you next time. (end)
      -- 22 days later
      ${finishRoutine}
      A: remind you tomorrow at the same time (open)
    `,
      device(),
    );
    expect(api.reminderCalls).toEqual([]);
    expect((await storedReminder(d))?.declinedAt).toBe('2026-11-23T07:00:00.000Z');
  });

  it('is not made where the Alexa APIs are out of reach', async () => {
    await transcript(`${finishRoutine}\nA: See you next time. (end)`, new Device());
  });
});
