/**
 * The screen keeps time with the voice: every animation the Echo Show runs (each hold's
 * countdown, each breath phase, each tempo beat) starts and lasts as the spoken timeline says,
 * within 0.1 s, for every routine, in every locale, at the default and the slower pace. The
 * expected times are read off the timeline's speech ("Hold for ..." to "And release", each
 * breathing word), not off the marks the schedule is built from.
 */
import { getCatalog, getExercise } from '../../lambda/content';
import { Locales } from '../../lambda/ids';
import { DefaultPreferences, narrateRoutine, type Chunk, type Pace } from '../../lambda/narration';
import { breathingPattern } from '../../lambda/narration/breathing';
import { sayDuration } from '../../lambda/narration/durations';
import { scheduleCommands } from '../../lambda/screen/commands';
import { screenSchedule } from '../../lambda/screen/schedule';
import { phrasesFor, starts } from '../narration/support';
import { animations, plainWords } from './support';

const Tolerance = 0.1;
const catalog = getCatalog();

interface Expected {
  start: number;
  seconds: number;
  label: string;
}

/** Holds: from the end of the hold cue to the start of "and release". */
function expectedHolds(chunk: Chunk, locale: string): Expected[] {
  const p = phrasesFor(locale);
  const lang = locale.slice(0, 2) as 'en' | 'de' | 'es';
  const own = getExercise(chunk.exerciseId)!.repCues;
  const ownHold = own?.hold && (own.hold[lang] ?? own.hold.en);
  const ownRelease = own?.release && (own.release[lang] ?? own.release.en);
  const durations = Array.from({ length: 240 }, (_, n) => sayDuration(p, n + 1));
  // Every way the hold cue can be said: "Hold for 20 seconds.", or the move's own cue
  // ("Rock gently, side to side.", "... For 20 seconds."), in the locale's words.
  const cues = new Set([
    p('cue.hold'),
    ...durations.map((duration) => p('cue.holdFor', { duration })),
    ...(ownHold
      ? [ownHold, ...durations.map((d) => `${ownHold} ${p('cue.forDuration', { duration: d })}`)]
      : []),
  ]);
  const release = ownRelease ?? p('cue.release');
  const at = starts(chunk.timeline);
  const out: Expected[] = [];
  chunk.timeline.forEach((s, i) => {
    if (s.kind !== 'speech' || !cues.has(s.text)) return;
    const r = chunk.timeline.findIndex(
      (x, j) => j > i && x.kind === 'speech' && x.text.startsWith(release),
    );
    const start = at[i] + s.seconds;
    out.push({ start, seconds: at[r] - start, label: 'hold' });
  });
  return out;
}

/** Breath phases: each starts on its word and lasts the pattern's seconds. */
function expectedBreaths(chunk: Chunk, locale: string, gentle: boolean): Expected[] {
  const exercise = getExercise(chunk.exerciseId)!;
  if (exercise.kind !== 'breathing') return [];
  const p = phrasesFor(locale);
  const pattern = breathingPattern(exercise, {
    // A gentle routine (flare day) breathes its shorter pattern.
    prefs: { ...DefaultPreferences, gentle },
    locale,
    voice: 'alexa',
    phrases: p,
  });
  const order = (['in', 'holdIn', 'out', 'holdOut'] as const).filter(
    (k) => pattern[k === 'in' ? 'inhale' : k === 'out' ? 'exhale' : k] > 0,
  );
  const seconds = {
    in: pattern.inhale,
    holdIn: pattern.holdIn,
    out: pattern.exhale,
    holdOut: pattern.holdOut,
  };
  const words = { in: p('breathing.in'), hold: p('breathing.hold'), out: p('breathing.out') };
  const at = starts(chunk.timeline);
  const out: Expected[] = [];
  chunk.timeline.forEach((s, i) => {
    if (s.kind !== 'speech') return;
    const next = order[out.length % order.length];
    const word = next === 'in' ? words.in : next === 'out' ? words.out : words.hold;
    if (s.text === word) out.push({ start: at[i], seconds: seconds[next], label: next });
  });
  return out;
}

/** Tempo beats: each starts on its cue and lasts the phase's seconds. */
function expectedBeats(chunk: Chunk, locale: string): Expected[] {
  const tempo = getExercise(chunk.exerciseId)!.timing.tempo ?? [];
  const lang = locale.slice(0, 2) as 'en' | 'de' | 'es';
  const at = starts(chunk.timeline);
  return chunk.timeline.flatMap((s, i) => {
    const index = tempo.findIndex(
      (t) => s.kind === 'speech' && s.text === (t.cue[lang] ?? t.cue.en),
    );
    return index < 0
      ? []
      : [{ start: at[i], seconds: tempo[index].seconds, label: `tempo ${index}` }];
  });
}

function sent(chunk: Chunk) {
  return animations(scheduleCommands(screenSchedule(chunk), plainWords));
}

const cases = Locales.flatMap((locale) =>
  (['normal', 'slower'] as Pace[]).map((pace) => [locale, pace] as const),
);

describe.each(cases)(
  'the screen keeps time with the voice in %s at the %s pace',
  (locale, pace) => {
    const plans = [...catalog.routines.values()].map((routine) =>
      narrateRoutine(routine, getExercise, {
        prefs: { ...DefaultPreferences, pace },
        locale,
        voice: 'alexa',
        phrases: phrasesFor(locale),
      }),
    );
    const chunks = plans.flatMap((plan) =>
      plan.steps.flatMap((step) =>
        step.chunks.map((chunk) => ({
          id: plan.routineId,
          chunk,
          gentle: !!catalog.routines.get(plan.routineId)?.gentle,
        })),
      ),
    );

    const check = (chunk: Chunk, expected: Expected[], labels: (l: string) => boolean) => {
      const shown = sent(chunk).filter((a) => labels(a.label));
      expect(shown.map((a) => a.label)).toEqual(expected.map((e) => e.label));
      shown.forEach((a, i) => {
        expect(Math.abs(a.start - expected[i].start)).toBeLessThanOrEqual(Tolerance);
        expect(Math.abs(a.seconds - expected[i].seconds)).toBeLessThanOrEqual(Tolerance);
      });
      return shown.length;
    };

    it('shows every hold as a countdown that starts and ends with the spoken hold', () => {
      let holds = 0;
      for (const { chunk } of chunks)
        holds += check(chunk, expectedHolds(chunk, locale), (l) => l === 'hold');
      expect(holds).toBeGreaterThan(50);
    });

    it('grows and shrinks the breathing circle on every spoken breath phase', () => {
      let phases = 0;
      for (const { chunk, gentle } of chunks)
        phases += check(chunk, expectedBreaths(chunk, locale, gentle), (l) =>
          ['in', 'holdIn', 'out', 'holdOut'].includes(l),
        );
      expect(phases).toBeGreaterThan(40);
    });

    it('shows tempo phases alternately on the spoken beat', () => {
      let beats = 0;
      for (const { chunk } of chunks)
        beats += check(chunk, expectedBeats(chunk, locale), (l) => l.startsWith('tempo '));
      expect(beats).toBeGreaterThan(10);
    });

    it('never runs an animation past the end of the speech it goes with', () => {
      for (const { chunk } of chunks)
        for (const a of sent(chunk))
          expect(a.start + a.seconds).toBeLessThanOrEqual(chunk.plannedSeconds + Tolerance);
    });
  },
);
