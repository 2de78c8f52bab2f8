/**
 * What people say mid-routine, answered the way they meant it (interaction-models/CONVERSATION.md).
 * Each state bug from issue 18 has its transcript here.
 */
import { transcript } from '../support/transcript';

describe('transcript: at "Next is X. Ready?"', () => {
  it.each(['go on', 'continue', 'carry on', 'keep going', 'ready', "I'm ready", "let's go"])(
    '"%s" plays the exercise announced, not a replay',
    async (said) => {
      const d = await transcript(`
        U: start my morning routine
        U: next
        A: Belly breathing in bed … Next is knee to chest rock. Ready? (open)
        U: ${said}
        A: Knee to chest rock. … Next, the other side. Ready? (open)
      `);
      expect(d.last?.response.response.outputSpeech).not.toMatchObject({
        ssml: expect.stringContaining('Picking up'),
      });
    },
  );

  it('"skip this one" skips the exercise announced and announces the one after', async () => {
    await transcript(`
      U: start my morning routine
      U: next
      A: Next is knee to chest rock. Ready?
      U: skip this one
      A: Okay, we'll leave out knee to chest rock this time. Next is cat cow in bed. Ready? (open)
      U: yes
      A: Cat cow in bed
    `);
  });

  it('"go back" is the exercise just done, not two back', async () => {
    await transcript(`
      U: start my morning routine
      U: next
      U: skip this one
      A: Next is cat cow in bed. Ready?
      U: yes
      A: Cat cow in bed … Next is pelvic tilt in bed. Ready?
      U: yes
      A: Pelvic tilt in bed … Ready?
      U: go back
      A: Pelvic tilt in bed (open)
    `);
  });

  it.each([
    'I feel dizzy',
    'my neck hurts',
    'my knee hurts',
    'I have tingling in my leg',
    'stop, it hurts',
    'I have pain',
  ])('"%s" takes the pain path and offers to leave out the move just done', async (said) => {
    await transcript(`
      U: start my morning routine
      U: next
      U: yes
      A: Knee to chest rock
      U: ${said}
      A: Stop the movement now … Shall I leave knee to chest rock out of your routines from now on? (open)
    `);
  });
});

describe('transcript: the state bugs', () => {
  it('says nothing about yesterday minutes after a routine finished today', async () => {
    await transcript(`
      U: start the breathing routine
      U: skip
      U: skip
      A: That's the breathing routine done … day one of your streak (end)
      -- 10 minutes later
      U: open back stretch coach
      A: Welcome back … You've already stretched today. (open)
    `);
    const d = await transcript(`
      U: start the breathing routine
      U: skip
      U: skip
      -- 10 minutes later
      U: open back stretch coach
    `);
    expect(JSON.stringify(d.last?.response.response)).not.toContain('yesterday');
  });

  it('"what should I do today" never suggests the routine just finished', async () => {
    // 2026-11-23 is a Monday: bedside morning, then the AS daily routine.
    await transcript(`
      U: start my morning routine
      U: skip
      U: skip
      U: skip
      U: skip
      U: skip
      A: That's the bedside morning routine done (end)
      U: open back stretch coach
      A: Welcome back … Would you like to start the A S daily routine? (open)
      U: what should I do today
      A: Today is a strength day … You've already done the bedside morning routine today. … Would you like to start the A S daily routine? (open)
    `);
  });

  it('yes while paused goes on; no keeps the pause', async () => {
    await transcript(`
      U: start my morning routine
      U: next
      U: pause
      A: Paused. (open)
      U: no
      A: No problem. Take your time, and say resume when you're ready. (open)
      U: yes
      A: Picking up where you left off. Knee to chest rock (open)
    `);
  });

  it('starting another routine part-way asks first; no carries on, yes switches', async () => {
    await transcript(`
      U: start my morning routine
      U: next
      U: start the neck routine
      A: You're partway through the bedside morning routine. Shall I stop it and start the neck and upper back routine? (open)
      U: no
      A: Okay, we'll carry on with the bedside morning routine. Next is knee to chest rock. Ready? (open)
      U: can we do something for my neck
      A: Shall I stop it and start the neck and upper back routine? (open)
      U: yes
      A: The neck and upper back routine: 10 exercises
    `);
  });

  it('"my back is killing me" during breathing stops and rests, without offering to drop breathing', async () => {
    const d = await transcript(`
      U: start my morning routine
      U: next
      A: Belly breathing in bed
      U: my back is killing me
      A: Stop the movement now … Paused. Say resume when you're ready. (open)
    `);
    expect(JSON.stringify(d.last?.response.response)).not.toContain('leave');
  });
});
