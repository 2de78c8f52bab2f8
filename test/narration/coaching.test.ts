/**
 * A coach, not a counter: every counted rep carries an action cue, each move's own caution is
 * said the first times and on flare days, who should skip it is said the first time ever, and
 * figures start at the gentle end and step up, said once.
 */
import { getExercise, getRoutine } from '../../lambda/content';
import { narrateExercise, narrateRoutine, type Segment } from '../../lambda/narration';
import { CautionSessions } from '../../lambda/narration/coaching';
import { options, phrases, phrasesFor } from './support';

const speech = (segments: Segment[]) =>
  segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : []));

/** The phrase after each rep count ("3 of 8."), in a new user's first run of a routine. */
function afterCounts(routineId: string): string[] {
  const plan = narrateRoutine(getRoutine(routineId)!, getExercise, options({}, { sessions: {} }));
  const said = plan.steps.flatMap((s) => s.chunks.flatMap((c) => speech(c.timeline)));
  return said.flatMap((text, i) => (/^\d+ of \d+\.$/.test(text) ? [said[i + 1]] : []));
}

const bare = new Set([phrases('cue.hold'), phrases('cue.release'), phrases('side.switch')]);

describe('an action cue on every counted rep', () => {
  it.each(['as-daily', 'bedside-morning', 'lower-back', 'desk-break'])('%s', (id) => {
    const cues = afterCounts(id);
    expect(cues.length).toBeGreaterThan(5);
    expect(cues.filter((c) => bare.has(c) || /^Hold for/.test(c))).toEqual([]);
  });

  it('in full on the first rep, shorter after, and naming the side', () => {
    const cues = afterCounts('bedside-morning');
    expect(cues).toContain(
      'Tighten your lower stomach and press the small of your back into the mattress.',
    );
    expect(cues).toContain('And again, press down.');
    expect(cues).toContain('Roll both knees slowly to the right, shoulders down.');
    expect(cues).toContain('And again, knees to the right.');
  });

  it('says "rock gently" while the knee rocks, never "Hold."', () => {
    const said = narrateExercise(getExercise('knee-to-chest-rock')!, options()).flatMap((c) =>
      speech(c.timeline),
    );
    expect(said).toContain('Rock gently, side to side.');
    expect(said).not.toContain(phrases('cue.hold'));
  });
});

describe('cautions, without nagging', () => {
  const chinTuck = getExercise('chin-tuck')!;
  const said = (sessions: number, flare = false) =>
    narrateExercise(chinTuck, options({ gentle: flare }, { sessions: { 'chin-tuck': sessions } }))
      .flatMap((c) => speech(c.timeline))
      .join(' ');
  const stop = chinTuck.cautions.stop.en;
  const avoid = 'Skip this one if a doctor has told you your neck is unstable.';

  it('says who should leave it out the first time ever, and only then', () => {
    expect(said(0)).toContain(avoid);
    expect(said(1)).not.toContain(chinTuck.avoidIf.en[0]);
  });

  it.each([
    [
      'en-US',
      'Skip this one if you feel dizzy when you lean back. Also skip it if leaning back sends pain down a leg.',
    ],
    [
      'de-DE',
      'Lassen Sie diese Übung aus, wenn Ihnen beim Zurücklehnen schwindlig wird. Lassen Sie sie auch aus, wenn beim Zurücklehnen Schmerz ins Bein ausstrahlt.',
    ],
    [
      'es-ES',
      'Sáltate este si te mareas al inclinarte hacia atrás. Sáltatelo también si el dolor te baja por una pierna al inclinarte hacia atrás.',
    ],
  ])('%s: each reason to skip is one sentence of its own', (locale, expected) => {
    const move = getExercise('standing-back-extension')!;
    const more = { locale, phrases: phrasesFor(locale), sessions: { [move.id]: 0 } };
    const first = narrateExercise(move, options({}, more))[0];
    expect(speech(first.timeline)[1]).toBe(expected);
  });

  it('says when to stop the first times, then no more, except on a flare day', () => {
    expect(said(0)).toContain(stop);
    expect(said(CautionSessions - 1)).toContain(stop);
    expect(said(CautionSessions)).not.toContain(stop);
    expect(said(CautionSessions, true)).toContain(stop);
  });
});

describe("a new user's first run of a routine", () => {
  it.each(['as-daily', 'bedside-morning', 'lower-back', 'desk-break'])(
    '%s says the stop-if caution of every move',
    (id) => {
      const plan = narrateRoutine(getRoutine(id)!, getExercise, options({}, { sessions: {} }));
      for (const step of plan.steps) {
        const said = step.chunks.flatMap((c) => speech(c.timeline)).join(' ');
        expect(said).toContain(getExercise(step.exerciseId)!.cautions.stop.en);
      }
    },
  );
});

describe('progression', () => {
  const tilt = getExercise('pelvic-tilt-in-bed')!; // reps [5, 12], holds [5, 7]
  const run = (sessions: number, prefs = {}) => {
    const chunks = narrateExercise(tilt, options(prefs, { sessions: { [tilt.id]: sessions } }));
    const said = chunks.flatMap((c) => speech(c.timeline));
    return { said, reps: said.filter((t) => /^\d+ of \d+\.$/.test(t)).length };
  };

  it('starts at the gentle end and steps up as sessions are finished', () => {
    expect(run(0).reps).toBe(5);
    expect(run(2).reps).toBe(6);
    expect(run(20).reps).toBe(12);
  });

  it('says a step up once, on the first session at the new figure', () => {
    expect(run(2).said).toContain("You're ready for 6 repetitions today.");
    expect(run(3).said.join(' ')).not.toMatch(/ready for/);
  });

  it('lets gentle mode win: no more reps, and no step up said', () => {
    expect(run(2, { gentle: true }).reps).toBe(tilt.gentle!.reps);
    expect(run(2, { gentle: true }).said.join(' ')).not.toMatch(/ready for/);
  });
});

describe('gentle breathing', () => {
  it('shortens the pattern itself on a flare day', () => {
    const said = (flare: boolean) =>
      narrateExercise(getExercise('breathing-in-bed')!, options({ gentle: flare }))
        .flatMap((c) => speech(c.timeline))
        .join(' ');
    expect(said(false)).toContain('Breathe in for 4, and out for 6.');
    expect(said(true)).toContain('Breathe in for 3, and out for 5.');
  });
});
