/**
 * Clock times for the daily reminder: what Alexa's AMAZON.TIME slot hands the skill, the
 * user's local clock, and the next local date and time a daily reminder rings. Pure.
 */

/** A local time of day. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/**
 * AMAZON.TIME gives "07:00" or "19:30" for a clock time, and "MO", "AF", "EV", "NI" for a
 * part of the day said without a time ("in the morning"). Only a clock time can ring.
 */
export function parseSpokenTime(value: string | undefined): ClockTime | 'vague' | undefined {
  if (!value) return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (m) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
  }
  return /^(MO|AF|EV|NI)$/.test(value.trim()) ? 'vague' : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local date (YYYY-MM-DD) and clock time of `now` in `timeZone`. */
export function localClock(now: Date, timeZone: string): { date: string } & ClockTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const part = (type: string) => f.formatToParts(now).find((p) => p.type === type)?.value ?? '0';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
  };
}

/** "Tomorrow at the same time": the local time of `at`, to the nearest five minutes. */
export function sameTimeOfDay(at: Date, timeZone: string): ClockTime {
  const { hour, minute } = localClock(at, timeZone);
  const total = (Math.round((hour * 60 + minute) / 5) * 5) % (24 * 60);
  return { hour: Math.floor(total / 60), minute: total % 60 };
}

const pad = (n: number) => String(n).padStart(2, '0');

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A reminder set to ring sooner than this starts tomorrow ("same time tomorrow"). */
export const MinLeadMinutes = 15;

/**
 * The first local date-time at which a daily reminder at `time` rings: today if that time is
 * at least MinLeadMinutes ahead, else tomorrow. Local ISO without an offset, as the
 * Reminders API takes it beside `timeZoneId`.
 */
export function nextLocalOccurrence(now: Date, timeZone: string, time: ClockTime): string {
  const clock = localClock(now, timeZone);
  const ahead = time.hour * 60 + time.minute >= clock.hour * 60 + clock.minute + MinLeadMinutes;
  const date = ahead ? clock.date : addDays(clock.date, 1);
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:00.000`;
}

/** The local request time the API wants beside `timeZoneId`. */
export function localNow(now: Date, timeZone: string): string {
  const { date, hour, minute } = localClock(now, timeZone);
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(now.getUTCSeconds())}.000`;
}
