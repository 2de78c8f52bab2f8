/** The routine a reminder invites the user to: the one they finish most. Pure. */
import type { HistoryEntry } from '../store/types';

/** Most finished routine among `known`; ties go to the one done last; `fallback` if none. */
export function favouriteRoutine(
  history: readonly HistoryEntry[],
  known: (id: string) => boolean,
  fallback: string,
): string {
  const counts = new Map<string, { n: number; last: string }>();
  for (const h of history) {
    if (!known(h.routineId)) continue;
    const c = counts.get(h.routineId) ?? { n: 0, last: '' };
    counts.set(h.routineId, { n: c.n + 1, last: h.at > c.last ? h.at : c.last });
  }
  let best: [string, { n: number; last: string }] | undefined;
  for (const entry of counts) {
    const [, c] = entry;
    if (!best || c.n > best[1].n || (c.n === best[1].n && c.last > best[1].last)) best = entry;
  }
  return best ? best[0] : fallback;
}
