/** Rules that tie the avoided moves, the weekly plan and the manifest to the rest. */
import type { ContentError } from './content-error';
import { RequiredRoutineIds, RoutineId } from './routine-ids';
import type { AvoidedMove, ContentManifest, Exercise, Routine, WeeklyPlan } from './schema';

const PLAN = 'weekly-plan.json';

export function avoidedErrors(
  moves: AvoidedMove[],
  exercises: ReadonlyMap<string, Exercise>,
  broken: ReadonlySet<string> = new Set(),
): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  moves.forEach((m, i) => {
    const at = (field: string, message: string) =>
      errors.push({ file: 'avoided.json', item: m.id, field: `[${i}].${field}`, message });
    if (seen.has(m.id)) at('id', 'used twice');
    seen.add(m.id);
    if (exercises.has(m.id)) at('id', 'is also an exercise id');
    if (!exercises.has(m.alternative) && !broken.has(m.alternative))
      at('alternative', `unknown exercise "${m.alternative}"`);
  });
  return errors;
}

/** The AS article's week: three strength days, at least one lighter day, walks and swims between. */
export function planErrors(plan: WeeklyPlan, routines: ReadonlyMap<string, Routine>) {
  const errors: ContentError[] = [];
  const at = (field: string, message: string) =>
    errors.push({ file: PLAN, item: 'weekly-plan', field, message });
  const days = new Set(plan.days.map((d) => d.day));
  if (days.size !== 7) at('days', 'each weekday must appear exactly once');
  plan.days.forEach((d, i) => {
    d.routines.forEach((r, j) => {
      if (!routines.has(r)) at(`days[${i}].routines[${j}]`, `unknown routine "${r}"`);
    });
    if (d.routines.length === 0 && !d.activity) at(`days[${i}]`, 'a day with nothing to do');
    if (d.kind === 'active' && !d.activity) at(`days[${i}].activity`, 'missing on an active day');
  });
  const strength = plan.days.filter((d) => d.kind === 'strength').length;
  if (strength !== 3) at('days', `${strength} strength days (the plan has three)`);
  if (!plan.days.some((d) => d.kind === 'light')) at('days', 'no lighter day');
  return errors;
}

export function manifestErrors(manifest: ContentManifest, routines: ReadonlyMap<string, Routine>) {
  const errors: ContentError[] = [];
  const at = (field: string, message: string) =>
    errors.push({ file: 'manifest.json', item: 'manifest', field, message });
  for (const id of RequiredRoutineIds) {
    if (!routines.has(id)) at('routines', `required routine "${id}" is missing`);
  }
  const order = manifest.order;
  if (!order) return errors;
  order.forEach((id, i) => {
    if (!routines.has(id)) at(`order[${i}]`, `unknown routine "${id}"`);
    if (order.indexOf(id) !== i) at(`order[${i}]`, `"${id}" listed twice`);
  });
  for (const id of routines.keys()) {
    if (!order.includes(id)) at('order', `routine "${id}" is not listed`);
  }
  if (order[0] !== RoutineId.BedsideMorning)
    at('order[0]', `must be "${RoutineId.BedsideMorning}"`);
  return errors;
}
