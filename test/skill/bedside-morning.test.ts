import { transcript } from '../support/transcript';

describe('transcript: the hands-free bedside morning routine', () => {
  it('runs start to finish on yes and next alone, and tells the user how to get up', async () => {
    const device = await transcript(`
      U: open back stretch coach
      A: Welcome to Back Stretch Coach … not a doctor … sharp pain … Shall we start the bedside morning routine? (open)
      U: yes
      A: The bedside morning routine: 5 exercises, about … minutes. All of it in bed.
      A: belly breathing in bed … in … two … three … four … out … two … three … four … five … six
      A: Next is knee to chest rock. Ready? (open)
      U: yes
      A: knee to chest rock … 1 of 3 … Hold … three … two … one … And release … Next, the other side. Ready? (open)
      U: next
      A: Now the other side … 3 of 3 … Next is cat cow in bed. Ready? (open)
      U: next
      A: cat cow in bed … Arch a little … Press your back down … Next is pelvic tilt in bed. Ready? (open)
      U: next
      A: pelvic tilt in bed … 1 of 5 … 5 of 5 … Next is knee rotation in bed. Ready? (open)
      U: next
      A: knee rotation in bed … Now the other side … That's the bedside morning routine done: 5 exercises … day one of your streak
      A: roll onto your side, then push yourself up slowly with your arms (end)
    `);
    const record = await device.store.get(device.userId);
    expect(record?.history).toEqual([
      expect.objectContaining({ routineId: 'bedside-morning', date: '2026-11-23' }),
    ]);
    expect(record?.resume).toBeUndefined();
  });

  it('keeps the streak going the next morning', async () => {
    await transcript(`
      U: start my morning routine
      A: not a doctor … The bedside morning routine
      U: skip
      U: skip
      U: skip
      U: skip
      A: That's the bedside morning routine done (end)
      -- 1 days later
      U: open back stretch coach
      A: Welcome back … You stretched yesterday … Shall we start? (open)
      U: start my morning routine
      U: skip
      U: skip
      U: skip
      U: skip
      A: That makes a 2 day streak (end)
    `);
  });
});
