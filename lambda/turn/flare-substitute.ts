/** In gentle mode, a routine that loses most of its moves is better replaced by the flare-day one. */
import type { Catalog } from '../content';
import { RoutineId } from '../content/routine-ids';
import type { Preferences } from '../narration/types';
import type { PlanView } from '../routine/plan';
import type { Activity } from '../routine/state';

const FlareRoutineId = RoutineId.FlareDay;

export function flareSubstitute(
  activity: Activity,
  prefs: Preferences,
  catalog: Catalog,
  viewOf: (a: Activity) => PlanView | undefined,
): string | undefined {
  if (!prefs.gentle || activity.kind !== 'routine' || activity.id === FlareRoutineId)
    return undefined;
  const routine = catalog.routines.get(activity.id);
  const view = viewOf(activity);
  if (!routine || !view || !catalog.routines.has(FlareRoutineId)) return undefined;
  // Fewer than half the moves left: the routine no longer does what its name promises.
  return view.steps.length * 2 < routine.steps.length ? FlareRoutineId : undefined;
}
