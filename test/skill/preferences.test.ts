import { transcript } from '../support/transcript';

describe('transcript: preferences said mid-routine', () => {
  it('apply from the next part and are remembered in the next session', async () => {
    const device = await transcript(`
      U: start my morning routine
      A: Next is belly breathing in bed. Ready? (open)
      U: slower
      A: I'll talk more slowly … That starts with the next part … Next is belly breathing in bed. Ready? (open)
      U: longer holds
      A: longer holds from now on (open)
      U: stop
      -- 1 hours later
      U: open back stretch coach
      A: Shall we pick up there? (open)
    `);
    const record = await device.store.get(device.userId);
    expect(record?.prefs).toMatchObject({ pace: 'slower', holdScale: 1.5 });
  });

  it('gentle mode offers the flare day routine instead of one it would strip bare', async () => {
    await transcript(`
      U: open back stretch coach
      U: I'm having a flare
      A: gentle mode is on (open)
      U: start the core strength routine
      A: very little of it would be left … Would you like to do the flare day routine instead? (open)
      U: yes
      A: The flare day routine (open)
    `);
  });

  it('leaves a move out for good only when the user says yes', async () => {
    const device = await transcript(`
      U: start my morning routine
      U: next
      U: next
      A: knee to chest rock
      U: ouch
      A: Stop the movement now … Next time, make the movement smaller … more than about two hours after exercising, it was too much. Do less next time … Shall I leave knee to chest rock out of your routines from now on? (open)
      U: yes
      A: I'll leave knee to chest rock out from now on … Next is cat cow in bed. Ready? (open)
      U: stop
      -- 1 days later
      U: start my morning routine
      A: 5 exercises
    `);
    const record = await device.store.get(device.userId);
    expect(record?.prefs.leaveOut).toEqual(['knee-to-chest-rock']);
    expect(JSON.stringify(record)).not.toMatch(/pain|hurt|ouch/i);
  });
});
