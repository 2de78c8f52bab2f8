/** Rules for one exercise that a schema cannot express: they tie fields to each other. */
import type { ContentError } from './content-error';
import { exerciseSeconds } from './duration';
import type { Exercise } from './schema';

/** Longest sensible single exercise, in seconds; longer belongs in a routine of its own. */
export const MAX_EXERCISE_SECONDS = 10 * 60;

type Problem = [field: string, message: string];

function kindProblems(e: Exercise): Problem[] {
  const t = e.timing;
  const out: Problem[] = [];
  if (e.kind === 'breathing' && !e.breathing)
    out.push(['breathing', 'missing for a breathing exercise']);
  if (e.kind !== 'breathing' && e.breathing) out.push(['breathing', `only for kind "breathing"`]);
  if (e.kind === 'tempo' && !t.tempo && t.durationSeconds === undefined) {
    out.push(['timing', 'a tempo exercise needs tempo phases or durationSeconds']);
  }
  if ((e.kind === 'hold' || e.kind === 'reps') && t.holdSeconds === 0 && !t.tempo) {
    out.push(['timing.holdSeconds', `must be above 0 for a "${e.kind}" exercise without tempo`]);
  }
  if (t.durationSeconds !== undefined && t.reps !== 1) {
    out.push(['timing.reps', 'must be 1 when durationSeconds sets the length']);
  }
  return out;
}

/** Where the articles give a range, the default is its gentler (lower) end. */
function rangeProblems(e: Exercise): Problem[] {
  const out: Problem[] = [];
  const ranges = e.timing.ranges ?? {};
  for (const key of ['holdSeconds', 'reps', 'sets'] as const) {
    const range = ranges[key];
    if (!range) continue;
    const [low, high] = range;
    if (low > high) out.push([`timing.ranges.${key}`, `low end ${low} is above high end ${high}`]);
    else if (e.timing[key] !== low) {
      out.push([
        `timing.${key}`,
        `${e.timing[key]} should be the gentler end of [${low}, ${high}]`,
      ]);
    }
  }
  return out;
}

function gentleProblems(e: Exercise): Problem[] {
  const g = e.gentle;
  if (!g)
    return e.flareSafe ? [['gentle', 'missing: a flare-safe move needs a gentle variant']] : [];
  const out: Problem[] = [];
  const t = e.timing;
  const pairs = [
    ['reps', g.reps, t.reps],
    ['holdSeconds', g.holdSeconds, t.holdSeconds],
    ['sets', g.sets, t.sets],
    ['durationSeconds', g.durationSeconds, t.durationSeconds],
  ] as const;
  for (const [key, gentle, base] of pairs) {
    if (gentle === undefined) continue;
    if (base === undefined) out.push([`gentle.${key}`, `set, but timing has no ${key}`]);
    else if (gentle > base) out.push([`gentle.${key}`, `${gentle} is more than the usual ${base}`]);
  }
  return out;
}

/**
 * Every held or repeated move says what to do on each rep: an action cue, named per side when
 * the body has sides (left first). Tempo moves speak their phases, so they need none.
 */
function repCueProblems(e: Exercise): Problem[] {
  const cues = e.repCues;
  const held = (e.kind === 'hold' || e.kind === 'reps') && !e.timing.tempo;
  if (!held) return cues ? [['repCues', `only for "hold" or "reps" moves without tempo`]] : [];
  const sided = e.timing.sides !== 'none';
  if (!cues) return [['repCues', 'missing: every rep needs an action cue']];
  if (sided && !cues.sides) return [['repCues.sides', 'missing: a sided move names each side']];
  if (!sided && !cues.action) return [['repCues.action', 'missing: every rep needs an action']];
  if (!sided && cues.sides) return [['repCues.sides', 'only for moves with sides']];
  if (sided && cues.action) return [['repCues.action', 'a sided move uses repCues.sides']];
  return [];
}

function placeProblems(e: Exercise): Problem[] {
  const out: Problem[] = [];
  if (e.position === 'in-bed' && !e.equipment.includes('bed')) {
    out.push(['equipment', 'an in-bed move lists "bed"']);
  }
  const seconds = exerciseSeconds(e);
  if (seconds <= 0 || seconds > MAX_EXERCISE_SECONDS) {
    out.push(['timing', `${seconds} active seconds (expected 1 to ${MAX_EXERCISE_SECONDS})`]);
  }
  return out;
}

/** German capitalises nouns and "Sie"/"Ihr" mid-sentence, so a capital there proves nothing. */
const CapitalsMidSentence = new Set(['de']);

/**
 * `avoidIf` lines are said inside "Skip this one if …." (lambda/narration/intro.ts), so each is
 * a clause: no closing full stop, and (where a capital means a sentence start) no capital
 * first word. An all-capitals first word is an abbreviation ("AS"), not a sentence start.
 */
function avoidIfProblems(e: Exercise): Problem[] {
  const out: Problem[] = [];
  for (const [lang, lines] of Object.entries(e.avoidIf)) {
    (lines ?? []).forEach((line, i) => {
      const field = `avoidIf.${lang}[${i}]`;
      const firstWord = line.split(/\s/)[0] ?? '';
      if (/[.!?]$/.test(line.trim())) {
        out.push([field, 'a condition, not a sentence: drop the closing punctuation']);
      }
      const capital = /^\p{Lu}/u.test(firstWord);
      if (capital && !CapitalsMidSentence.has(lang) && firstWord !== firstWord.toUpperCase()) {
        out.push([field, 'a condition, not a sentence: start it in lower case']);
      }
    });
  }
  return out;
}

export function exerciseErrors(
  e: Exercise,
  file: string,
  seedNames?: ReadonlySet<string>,
): ContentError[] {
  const problems = [
    ...kindProblems(e),
    ...rangeProblems(e),
    ...gentleProblems(e),
    ...repCueProblems(e),
    ...placeProblems(e),
    ...avoidIfProblems(e),
  ];
  if (file !== `exercises/${e.id}.json`) problems.push(['id', `must match the file name`]);
  e.sources.forEach((s, i) => {
    if (seedNames && !seedNames.has(s)) problems.push([`sources[${i}]`, `no seed article "${s}"`]);
  });
  return problems.map(([field, message]) => ({ file, item: e.id, field, message }));
}
