import { transcript } from '../support/transcript';

describe('transcript: questions answered without losing the place', () => {
  it('describes the exercise under way, or the one named, then asks again what comes next', async () => {
    await transcript(`
      U: start my morning routine
      A: Warmth first, if you like
      U: next
      U: how do I do this
      A: Belly breathing in bed. … Lie on your back in bed … What you should feel: … Next is knee to chest rock. Ready? (open)
      U: how do I do cat cow
      A: Cat-cow. … Come onto your hands and knees … Stop if … Next is knee to chest rock. Ready? (open)
      U: yes
      A: Knee to chest rock
    `);
  });

  it("reads today's plan from the weekly plan and offers its first routine", async () => {
    // 2026-11-23 is a Monday: a strength day in the plan.
    await transcript(`
      U: open back stretch coach
      U: no
      U: what should I do today
      A: Today is a strength day: the bedside morning routine … Shall we start? (open)
    `);
  });

  it('lists the routines and starts the one named', async () => {
    await transcript(`
      U: open back stretch coach
      U: what routines do you have
      A: I have 9 routines: bedside morning routine, … Which one would you like? (open)
      U: start the desk break routine
      A: The desk break: 7 exercises … sitting on a chair
    `);
  });
});
