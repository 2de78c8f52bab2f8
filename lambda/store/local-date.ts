/**
 * Calendar days in the user's time zone. Streaks and weekly totals count local days, so a
 * session at 23:30 in Los Angeles belongs to that evening, not to the next UTC day.
 */

/** A local calendar day, YYYY-MM-DD. */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      // An unknown zone name must not break a turn: count days in UTC instead.
      return formatterFor('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar day `now` falls on in `timeZone` (UTC when the zone is unknown). */
export function localDate(now: Date, timeZone: string): LocalDate {
  // Most users have no time zone set: UTC needs no Intl formatter at all.
  if (timeZone === 'UTC') return now.toISOString().slice(0, 10);
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Zones already found valid: at most the IANA list, however many sessions ask. */
const knownZones = new Set<string>();

/**
 * True when `timeZone` is a zone name this runtime knows. Each new name costs an ICU formatter
 * (memory outside the V8 heap), so a name found valid is remembered; invalid ones are not, as
 * they come from requests.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    knownZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

const MsPerDay = 86_400_000;

function dayNumber(date: LocalDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MsPerDay);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date((dayNumber(date) + days) * MsPerDay).toISOString().slice(0, 10);
}
