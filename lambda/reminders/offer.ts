/** When the skill offers a daily reminder after a finished routine. Pure. */
import type { UserRecord } from '../store/types';

const DayMs = 24 * 60 * 60 * 1000;
/** At most one offer a week... */
export const OfferEveryDays = 7;
/** ...and none for a month after the user said no. */
export const QuietAfterNoDays = 30;

function olderThan(iso: string | undefined, days: number, now: Date): boolean {
  return !iso || now.getTime() - Date.parse(iso) >= days * DayMs;
}

/** A user without a reminder, not offered one this week, and not after a recent "no". */
export function shouldOfferReminder(user: UserRecord, now: Date): boolean {
  const r = user.reminder;
  return (
    !r?.alertToken &&
    olderThan(r?.offeredAt, OfferEveryDays, now) &&
    olderThan(r?.declinedAt, QuietAfterNoDays, now)
  );
}

/** The record after the offer was made. */
export function markOffered(user: UserRecord, now: Date): UserRecord {
  const at = now.toISOString();
  return { ...user, reminder: { ...(user.reminder ?? {}), offeredAt: at, changedAt: at } };
}
