import { Device } from '../support/device';
import { speechText } from '../support/speech';
import { transcript } from '../support/transcript';

describe('transcript: a five-minute breathing session', () => {
  it('counts breaths on the beat across answers until five minutes are done', async () => {
    const device = await transcript(`
      U: open back stretch coach
      U: start the breathing routine
      A: The breathing routine: 2 exercises, about … minutes … in … two … three … four … out … two … three … four … five … six (open)
    `);
    let answers = 1;
    while (device.sessionOpen && answers < 10) {
      await device.say('next');
      answers += 1;
    }
    expect(speechText(device.last!.response)).toMatch(/That's the breathing routine done/);
    expect(answers).toBeGreaterThan(1); // five minutes do not fit one answer: it continues
    const record = await device.store.get(device.userId);
    expect(record?.history[0]).toMatchObject({ routineId: 'breathing' });
    expect(record?.history[0].minutes).toBeGreaterThanOrEqual(5);
  });

  it('uses the breathing pattern the user asks for', async () => {
    await transcript(`
      U: open back stretch coach
      U: breathe in for four and out for eight
      A: breathe in for 4 and out for 8
      U: start the breathing routine
      A: in … two … three … four … out … two … three … four … five … six … seven … eight
    `);
  });
});

describe('transcript: interrupted, then resumed the next day', () => {
  it('picks up at the exercise where the session timed out, from another device', async () => {
    await transcript(`
      U: open back stretch coach
      U: yes
      A: Warmth first, if you like … Next is belly breathing in bed. Ready? (open)
      U: next
      A: belly breathing in bed … Next is knee to chest rock. Ready? (open)
      U: next
      A: knee to chest rock … Next, the other side. Ready? (open)
      U: <silence>
      -- 22 hours later
      -- another device
      U: open back stretch coach
      A: Welcome back … Last time you stopped at knee to chest rock in the bedside morning routine. Shall we pick up there? (open)
      U: yes
      A: Picking up where you left off … Now the right side … Hug your right knee toward your chest … Next is cat cow in bed. Ready? (open)
    `);
  });

  it('after a pause at "Ready?" and stop, resume picks up with the exercise announced', async () => {
    await transcript(`
      U: start my morning routine
      U: next
      U: next
      A: knee to chest rock … Next, the other side. Ready?
      U: next
      A: Next is cat cow in bed. Ready?
      U: pause
      A: Paused. Say resume when you're ready. (open)
      U: stop
      A: Your place is saved (end)
      -- 2 hours later
      U: ask back stretch coach to resume
      A: Picking up where you left off … cat cow in bed (open)
    `);
  });

  it('does not offer a routine left unfinished more than a day ago', async () => {
    await transcript(`
      U: start my morning routine
      U: stop
      -- 25 hours later
      U: open back stretch coach
      A: Welcome back … Today's plan is (open)
    `);
  });

  it('a new device knows nothing of another user', async () => {
    const other = new Device();
    await other.say('open back stretch coach');
    expect(speechText(other.last!.response)).toMatch(/Welcome to Back Stretch Coach/);
  });
});
