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
