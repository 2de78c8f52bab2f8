/** Today's routine from the weekly plan, in the user's time zone. */
import type { WeeklyPlan } from '../content/schema';

const Weekdays = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export function localWeekday(now: Date, timeZone: string): (typeof Weekdays)[number] {
  let name: string;
  try {
    name = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone })
      .format(now)
      .toLowerCase();
  } catch {
    name = Weekdays[now.getUTCDay()];
  }
  return (Weekdays as readonly string[]).includes(name)
    ? (name as (typeof Weekdays)[number])
    : Weekdays[now.getUTCDay()];
}

export function todayPlan(plan: WeeklyPlan, now: Date, timeZone: string) {
  const day = localWeekday(now, timeZone);
  return plan.days.find((d) => d.day === day) ?? plan.days[0];
}

/** The first routine today's plan names; the bedside morning routine on a day with none. */
export function todayRoutineId(plan: WeeklyPlan, now: Date, timeZone: string): string {
  return todayPlan(plan, now, timeZone).routines[0] ?? 'bedside-morning';
}
