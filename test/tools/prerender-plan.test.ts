/**
 * What prerender renders: the parts real users ask for. A new user's first run and the steady
 * state of someone who keeps at the routine must both be there, each part once.
 */
import { planFor } from '../../lambda/audio/hands-free';
import { translatorFor } from '../../lambda/i18n';
import { freshRecord } from '../../lambda/store/defaults';
import { MaxSessionsCounted } from '../../lambda/store/exercise-sessions';
import { getRoutine } from '../../lambda/content';
import { routinePrerender } from '../../tools/lib/prerender-plan';
import { testAudio } from '../support/audio';

const t = translatorFor('en-US');
const { library } = testAudio();
const routine = getRoutine('bedside-morning')!;

function userAt(sessions: number) {
  const user = freshRecord(new Date(0));
  user.exerciseSessions = Object.fromEntries(routine.steps.map((s) => [s.exercise, sessions]));
  return user;
}

const keysFor = (sessions: number) =>
  planFor({ kind: 'routine', id: routine.id }, userAt(sessions), 'en-US', t, {
    audio: () => library,
    voice: 'alexa',
  })!.parts.map((p) => p.key);

describe('prerender plan', () => {
  const plan = routinePrerender(routine.id, 'en-US', t, library)!;
  const keys = new Set(plan.parts.map((p) => p.key));

  it("holds a new user's whole first run", () => {
    expect(plan.newUserParts).toBe(keysFor(0).length);
    for (const key of keysFor(0)) expect(keys).toContain(key);
  });

  it('holds the steady state, and every count between, each part once', () => {
    for (const sessions of [1, 2, 3, 7, plan.steadyFrom, MaxSessionsCounted]) {
      for (const key of keysFor(sessions)) expect(keys).toContain(key);
    }
    expect(keys.size).toBe(plan.parts.length);
    // Past the steady state nothing new is asked for: the counts share their parts.
    expect(keysFor(plan.steadyFrom)).toEqual(keysFor(MaxSessionsCounted));
    expect(plan.steadyFrom).toBeLessThan(MaxSessionsCounted);
    expect(plan.parts.length).toBeGreaterThan(plan.newUserParts);
  });

  it('counts the characters Polly bills: each distinct phrase once', () => {
    const all = [...plan.phrases].reduce((n, text) => n + text.length, 0);
    expect(plan.characters).toBe(all);
    expect(plan.characters).toBeGreaterThan(1000);
  });
});
