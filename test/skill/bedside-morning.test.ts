import { transcript } from '../support/transcript';

describe('transcript: the hands-free bedside morning routine', () => {
  it('runs start to finish on yes and next alone, and tells the user how to get up', async () => {
    const device = await transcript(`
      U: open back stretch coach
      A: Welcome to Back Stretch Coach … not a doctor … doctor or physiotherapist before you start … unstable neck or severe osteoporosis … sharp pain … Shall we start the bedside morning routine? (open)
      U: yes
      A: The bedside morning routine: 6 exercises, about … minutes. All of it in bed. Move slowly, and stop if anything hurts sharply.
      A: Warmth first, if you like … Skip this one if your skin does not feel heat well … This one is up to you … If not, just lie still and rest … Next is belly breathing in bed. Ready? (open)
      U: yes
      A: belly breathing in bed … in … two … three … four … out … two … three … four … five … six
      A: Next is knee to chest rock. Ready? (open)
      U: yes
      A: knee to chest rock … Skip this one if you have a new hip replacement and were told not to bend the hip this far … Stop if you feel sharp or shooting pain … Left side first … 1 of 3 … Hug your left knee toward your chest … Rock gently, side to side … three … two … one … And lower the foot to the bed … 2 of 3 … And again, left knee up … Next, the other side. Ready? (open)
      U: next
      A: Now the right side … 1 of 3 … Hug your right knee toward your chest … 3 of 3 … And again, right knee up … Next is cat cow in bed. Ready? (open)
      U: next
      A: cat cow in bed … Arch a little … Press your back down … Next is pelvic tilt in bed. Ready? (open)
      U: next
      A: pelvic tilt in bed … 1 of 5 … Tighten your lower stomach and press the small of your back into the mattress … Hold, and keep breathing … And let go … 2 of 5 … And again, press down … 5 of 5 … And again, press down … Next is knee rotation in bed. Ready? (open)
      U: next
      A: knee rotation in bed … Left side first … Roll both knees slowly to the left … Now the right side … And again, knees to the right … That's the bedside morning routine done: 6 exercises … day one of your streak
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
      U: skip
      A: That makes a 2 day streak (end)
    `);
  });
});
