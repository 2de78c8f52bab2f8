/** Today's routine from the weekly plan, in the user's time zone. */
import type { WeeklyPlan } from '../content/schema';
import { RoutineId } from '../content/routine-ids';
import { localDate } from '../store/progress';

const Weekdays = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/**
 * The weekday of the user's local date. Derived from the cached local-date formatter rather
 * than a new Intl.DateTimeFormat each turn (that cost a quarter of the warm turn's CPU).
 */
export function localWeekday(now: Date, timeZone: string): (typeof Weekdays)[number] {
  return Weekdays[new Date(`${localDate(now, timeZone)}T12:00:00Z`).getUTCDay()];
}

export function todayPlan(plan: WeeklyPlan, now: Date, timeZone: string) {
  const day = localWeekday(now, timeZone);
  return plan.days.find((d) => d.day === day) ?? plan.days[0];
}

/** The first routine today's plan names; the bedside morning routine on a day with none. */
export function todayRoutineId(plan: WeeklyPlan, now: Date, timeZone: string): string {
  return todayPlan(plan, now, timeZone).routines[0] ?? RoutineId.BedsideMorning;
}

/** Today's plan as the turn hands it to the machine and the renderer. */
export type DayPlan = WeeklyPlan['days'][number];

/**
 * What to suggest today: the first routine of today's plan not finished today (the bedside
 * morning routine on a day with none). Once all are done, the first other routine not done
 * today, so "what should I do today" never suggests what was just finished.
 */
export function todaySuggestion(
  day: DayPlan,
  doneToday: ReadonlySet<string>,
  routineOrder: readonly string[],
): { routineId: string; done: string[] } {
  const planned = day.routines.length > 0 ? day.routines : [RoutineId.BedsideMorning];
  const done = planned.filter((id) => doneToday.has(id));
  const next =
    planned.find((id) => !doneToday.has(id)) ??
    routineOrder.find((id) => !doneToday.has(id)) ??
    planned[0];
  return { routineId: next, done };
}
