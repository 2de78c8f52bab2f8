/**
 * Streak arithmetic on local days. Pure; shared by progress (one finish at a time) and merge
 * (two devices' records at once).
 */
import { daysBetween } from './local-date';
import type { HistoryEntry, Streak } from './types';

/** The streak after finishing a routine on local day `today`. */
export function extendStreak(streak: Streak, today: string): Streak {
  if (!streak.lastDate || streak.days < 1) return { days: 1, lastDate: today };
  const gap = daysBetween(streak.lastDate, today);
  if (gap === 0) return streak;
  if (gap === 1) return { days: streak.days + 1, lastDate: today };
  // A negative gap means the user flew west past midnight: the day is already counted.
  if (gap < 0) return streak;
  return { days: 1, lastDate: today };
}

/**
 * The streak that ends on the newest day of `history`, recomputed from the days in it.
 * History is capped, so a long streak can outgrow it: a `known` streak whose last day falls
 * inside the recomputed run carries its longer count forward.
 */
export function streakFromHistory(history: HistoryEntry[], known: Streak[] = []): Streak {
  const days = [...new Set(history.map((h) => h.date))].sort();
  const last = days.at(-1);
  if (!last) return known.reduce(newerStreak, { days: 0 });
  let run = 1;
  for (let i = days.length - 1; i > 0 && daysBetween(days[i - 1], days[i]) === 1; i--) run++;
  const runStart = days[days.length - run];
  let best = run;
  for (const s of known) {
    if (!s.lastDate || s.lastDate < runStart || s.lastDate > last) continue;
    best = Math.max(best, s.days + daysBetween(s.lastDate, last));
  }
  return { days: best, lastDate: last };
}

function newerStreak(a: Streak, b: Streak): Streak {
  return (b.lastDate ?? '') > (a.lastDate ?? '') ? b : a;
}
