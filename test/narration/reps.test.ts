import { narrateExercise, narrateRoutine } from '../../lambda/narration';
import {
  birdDog,
  catCow,
  fixtureRoutine,
  kneeRock,
  kneeToChest,
  lookupFixture,
  pelvicTilt,
} from './fixtures';
import { holdWindows, options, phrases, spoken, starts } from './support';

describe('reps, sets, sides', () => {
  it('counts every rep aloud and rests between sets', () => {
    const chunks = narrateExercise(pelvicTilt, options());
    const said = chunks.flatMap((c) => spoken(c.timeline)).join(' ');
    for (let n = 1; n <= 8; n++) expect(said).toContain(`${n} of 8.`);
    expect(said).toContain('Set 2 of 2.');
    expect(chunks.flatMap((c) => holdWindows(c.timeline))).toHaveLength(16);
  });

  it('splits at a set boundary and starts the new answer at the set, not with a rest', () => {
    const chunks = narrateExercise(pelvicTilt, options({ pace: 'slower' }));
    expect(chunks.map((c) => c.covers.sets)).toEqual([[1], [2]]);
    expect(chunks[1].ssml.startsWith('<prosody rate="90%">Set 2 of 2.')).toBe(true);
  });

  it('in one answer, the rest between sets lasts its time', () => {
    const [chunk] = narrateExercise(
      { ...pelvicTilt, timing: { ...pelvicTilt.timing, reps: 2 } },
      options(),
    );
    const at = starts(chunk.timeline);
    const rest = chunk.timeline.findIndex(
      (s) => s.kind === 'speech' && s.text === 'Rest for 20 seconds.',
    );
    const set2 = chunk.timeline.findIndex((s) => s.kind === 'speech' && s.text.startsWith('Set 2'));
    expect(at[set2] - (at[rest] + chunk.timeline[rest].seconds)).toBeCloseTo(20, 2);
  });

  it('does the first side, then "now the other side", setup once', () => {
    const [chunk] = narrateExercise(kneeToChest, options());
    const said = spoken(chunk.timeline).join(' ');
    expect(said.indexOf(phrases('side.first'))).toBeLessThan(said.indexOf(phrases('side.other')));
    expect(said.split('Lie on your back').length).toBe(2);
    expect(chunk.covers.sides).toEqual([1, 2]);
  });

  it('alternating sides switch every rep', () => {
    const said = spoken(narrateExercise(birdDog, options())[0].timeline).join(' ');
    expect(said.split(phrases('side.switch')).length - 1).toBe(4);
  });

  it('tempo phases keep their beat', () => {
    const { timeline } = narrateExercise(catCow, options())[0];
    const at = starts(timeline);
    const cues = timeline.flatMap((s, i) =>
      s.kind === 'speech' && /^(Arch|Round)\.$/.test(s.text) ? [at[i]] : [],
    );
    expect(cues).toHaveLength(12);
    expect(cues[1] - cues[0]).toBeCloseTo(3, 3);
  });

  it('a time-boxed move lasts its time from "keep going" to "stop"', () => {
    const { timeline } = narrateExercise(kneeRock, options())[0];
    const at = starts(timeline);
    const go = timeline.findIndex(
      (s) => s.kind === 'speech' && s.text.includes('Keep going for one minute'),
    );
    const stop = timeline.findIndex((s) => s.kind === 'speech' && s.text === phrases('cue.stop'));
    expect(at[stop] - (at[go] + timeline[go].seconds)).toBeCloseTo(60, 2);
  });

  it('escapes text for SSML', () => {
    expect(narrateExercise(kneeToChest, options())[0].ssml).toContain('chest &amp; hold');
  });
});

describe('narrateRoutine', () => {
  it('applies overrides and says setup only when the position changes', () => {
    const plan = narrateRoutine(fixtureRoutine, lookupFixture, options());
    expect(plan.steps.map((s) => s.exerciseId)).toEqual(
      fixtureRoutine.steps.map((s) => s.exercise),
    );
    const tilt = plan.steps[2].chunks.flatMap((c) => spoken(c.timeline)).join(' ');
    expect(tilt).toContain('6 of 6.');
    expect(tilt).not.toContain('Lie on your back'); // same position as knee to chest
    expect(spoken(plan.steps[3].chunks[0].timeline).join(' ')).not.toContain('Lie on your back');
    // cat cow is on hands and knees: a new position, so its setup is said.
    expect(spoken(plan.steps[4].chunks[0].timeline).join(' ')).toContain('Lie on your back');
    expect(plan.plannedSeconds).toBeCloseTo(
      plan.steps.reduce((s, x) => s + x.plannedSeconds, 0),
      1,
    );
  });

  it('on flare days drops moves that are not flare-safe, and drops left-out moves', () => {
    const plan = narrateRoutine(
      fixtureRoutine,
      lookupFixture,
      options({ gentle: true, leaveOut: ['knee-rock'] }),
    );
    expect(plan.steps.map((s) => s.stepIndex)).toEqual([0, 1, 2]);
  });
});
