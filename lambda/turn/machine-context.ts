/** What the routine machine may know this turn, gathered from the user, content and the clock. */
import type { Catalog } from '../content';
import type { MachineContext } from '../routine/context';
import type { PlanView } from '../routine/plan';
import type { Activity } from '../routine/state';
import type { UserRecord } from '../store/types';
import { shouldOfferReminder } from '../reminders/offer';
import { flareSubstitute } from './flare-substitute';
import { resumable } from './resume';
import { localDate } from '../store/progress';
import { todayPlan, todaySuggestion } from './today';

export interface MachineContextInput {
  user: UserRecord;
  timeZone: string;
  now: Date;
  catalog: Catalog;
  viewOf(activity: Activity): PlanView | undefined;
  /** The request can reach Alexa's Reminders API (it carries an API access token). */
  remindersReachable?: boolean;
}

export function machineContext({
  user,
  timeZone,
  now,
  catalog,
  viewOf,
  remindersReachable,
}: MachineContextInput): MachineContext {
  const today = localDate(now, timeZone);
  const doneToday = new Set(user.history.filter((h) => h.date === today).map((h) => h.routineId));
  const suggestion = todaySuggestion(
    todayPlan(catalog.weeklyPlan, now, timeZone),
    doneToday,
    catalog.routineOrder,
  );
  return {
    plan: viewOf,
    welcomed: user.welcomed,
    resumable: resumable(user.resume, now),
    todayRoutineId: suggestion.routineId,
    todayDone: suggestion.done,
    canLeaveOut: (id) => catalog.exercises.get(id)?.kind !== 'breathing',
    firstRoutineId: catalog.routineOrder[0],
    alternativeTo: (id) => catalog.avoided.get(id)?.alternative,
    flareSubstitute: (activity) => flareSubstitute(activity, user.prefs, catalog, viewOf),
    now: now.toISOString(),
    offerReminder: !!remindersReachable && shouldOfferReminder(user, now),
  };
}
