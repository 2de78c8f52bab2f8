/** Rules for one routine: its steps exist, are safe for it, flow well and last a sane time. */
import type { ContentError } from './content-error';
import { formatMinutes, routineSeconds } from './duration';
import { positionFlowProblems } from './position-flow';
import { RoutineId } from './routine-ids';
import type { AvoidedMove, Exercise, Routine } from './schema';

/** A routine shorter than this is an exercise; longer than this, people stop halfway. */
export const ROUTINE_SECONDS_RANGE = [2 * 60, 25 * 60] as const;

export interface RoutineContext {
  exercises: ReadonlyMap<string, Exercise>;
  avoided: ReadonlyMap<string, AvoidedMove>;
  /** Ids of exercises whose own file is invalid: already reported, so not "unknown" here. */
  broken?: ReadonlySet<string>;
}

type Problem = [field: string, message: string];

function stepProblems(r: Routine, ctx: RoutineContext): Problem[] {
  const out: Problem[] = [];
  r.steps.forEach((step, i) => {
    const field = `steps[${i}].exercise`;
    const bad = ctx.avoided.get(step.exercise);
    const e = ctx.exercises.get(step.exercise);
    if (bad) {
      out.push([field, `"${step.exercise}" is an avoided move; use "${bad.alternative}" instead`]);
    } else if (!e) {
      if (ctx.broken?.has(step.exercise)) return;
      out.push([field, `unknown exercise "${step.exercise}"`]);
    } else {
      if (r.gentle && !e.flareSafe) out.push([field, `"${e.id}" is not flare-safe`]);
      const o = step.overrides ?? {};
      if (o.breathingMinutes !== undefined && e.kind !== 'breathing') {
        out.push([
          `steps[${i}].overrides.breathingMinutes`,
          `"${e.id}" is not a breathing exercise`,
        ]);
      }
      if (o.durationSeconds !== undefined && e.timing.durationSeconds === undefined) {
        out.push([`steps[${i}].overrides.durationSeconds`, `"${e.id}" is not time-boxed`]);
      }
      out.push(...overrideRangeProblems(e, o, i));
    }
  });
  return out;
}

/**
 * A routine may ask for other figures than the exercise's, but only within what the articles
 * give: the recorded range, or (for a single figure) from half of it (the AS article's "start
 * at about half") up to the figure itself.
 */
function overrideRangeProblems(
  e: Exercise,
  o: NonNullable<Routine['steps'][number]['overrides']>,
  i: number,
): Problem[] {
  const out: Problem[] = [];
  for (const key of ['reps', 'holdSeconds', 'sets'] as const) {
    const value = o[key];
    if (value === undefined) continue;
    const figure = e.timing[key];
    const [low, high] = e.timing.ranges?.[key] ?? [Math.ceil(figure / 2), figure];
    if (value < low || value > high) {
      out.push([
        `steps[${i}].overrides.${key}`,
        `${value} is outside the article range [${low}, ${high}] of "${e.id}"`,
      ]);
    }
  }
  return out;
}

function flowProblems(r: Routine, ctx: RoutineContext): Problem[] {
  const known = r.steps.map((s) => ctx.exercises.get(s.exercise));
  if (known.some((e) => !e)) return []; // unknown steps are reported already
  const positions = known.map((e) => e!.position);
  return positionFlowProblems(positions, r.inBed).map((p) => [`steps[${p.step}]`, p.message]);
}

export function routineErrors(r: Routine, file: string, ctx: RoutineContext): ContentError[] {
  const problems = [...stepProblems(r, ctx), ...flowProblems(r, ctx)];
  if (file !== `routines/${r.id}.json`) problems.push(['id', 'must match the file name']);
  if (r.id === RoutineId.FlareDay && !r.gentle) {
    problems.push(['gentle', 'the flare-day routine must be gentle: true']);
  }
  const seconds = routineSeconds(r, (id) => ctx.exercises.get(id));
  const [min, max] = ROUTINE_SECONDS_RANGE;
  if (seconds < min || seconds > max) {
    const range = `${formatMinutes(min)} to ${formatMinutes(max)}`;
    problems.push(['steps', `lasts ${formatMinutes(seconds)} of activity (expected ${range})`]);
  }
  return problems.map(([field, message]) => ({ file, item: r.id, field, message }));
}
