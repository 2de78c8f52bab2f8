/**
 * The reminder operations: set (or move) the daily reminder, say what it is, cancel it, and
 * answer the offer after a routine. Each decides acts and the new reminder record; the API and
 * the words of the reminder come in through the context, so tests drive it over real HTTP.
 * The stored record changes only after Alexa confirmed the change: a failure loses nothing.
 */
import type { ReminderRecord, UserRecord } from '../store/types';
import type { ReminderAct } from './acts';
import type { RemindersApi } from './api';
import type { ConsentToken } from './consent';
import { dailyReminderRequest } from './request';
import type { ClockTime } from './time';

export interface ReminderContext {
  api: RemindersApi;
  user: UserRecord;
  now: Date;
  timeZone: string;
  locale: string;
  /** The user granted the reminders permission (or just accepted it by voice). */
  permitted: boolean;
  /** The routine the reminder invites to. */
  routineId: string;
  /** What Alexa says when the reminder rings, for that routine, in the user's language. */
  spokenText(routineId: string): string;
}

export interface ReminderOutcome {
  acts: ReminderAct[];
  /** The new reminder record; undefined when unchanged. */
  reminder?: ReminderRecord;
  /** Ask Alexa for the permission by voice, for this reminder. */
  consent?: ConsentToken;
}

function changed(c: ReminderContext, fields: Partial<ReminderRecord>): ReminderRecord {
  const { offeredAt, declinedAt } = c.user.reminder ?? {};
  return {
    ...(offeredAt ? { offeredAt } : {}),
    ...(declinedAt ? { declinedAt } : {}),
    ...fields,
    changedAt: c.now.toISOString(),
  };
}

/** Sets the daily reminder at `time`, or moves the one already set there. */
export async function setDaily(
  c: ReminderContext,
  op: ConsentToken['op'],
  time: ClockTime | undefined,
): Promise<ReminderOutcome> {
  if (!time) return { acts: [{ type: 'ask-time', op }] };
  if (!c.permitted) return { acts: [{ type: 'consent-needed', time }], consent: { op, time } };
  const body = dailyReminderRequest(
    { time, timeZone: c.timeZone, locale: c.locale, text: c.spokenText(c.routineId) },
    c.now,
  );
  const existing = c.user.reminder?.alertToken;
  let result = existing ? await c.api.update(existing, body) : await c.api.create(body);
  // Deleted in the Alexa app since: set a new one rather than fail.
  if (existing && !result.ok && result.failure === 'not-found') result = await c.api.create(body);
  if (!result.ok) return { acts: [{ type: 'failed', failure: result.failure }] };
  const reminder = changed(c, { alertToken: result.value, ...time, routineId: c.routineId });
  return {
    acts: [existing ? { type: 'changed', time } : { type: 'set', time, routineId: c.routineId }],
    reminder,
  };
}

/** "What's my reminder?": asks Alexa, and answers from the record if Alexa can't say. */
export async function describe(c: ReminderContext): Promise<ReminderOutcome> {
  const r = c.user.reminder;
  if (!r?.alertToken || r.hour === undefined || r.minute === undefined)
    return { acts: [{ type: 'none' }] };
  const time = { hour: r.hour, minute: r.minute };
  const result = await c.api.get(r.alertToken);
  if (!result.ok && result.failure === 'not-found')
    return { acts: [{ type: 'gone' }], reminder: changed(c, {}) };
  if (!result.ok && result.failure === 'permission')
    return { acts: [{ type: 'failed', failure: 'permission' }] };
  return { acts: [{ type: 'status', time, routineId: r.routineId }] };
}

export async function cancel(c: ReminderContext): Promise<ReminderOutcome> {
  const token = c.user.reminder?.alertToken;
  if (!token) return { acts: [{ type: 'none' }] };
  const result = await c.api.remove(token);
  // Already gone is as good as deleted.
  if (!result.ok && result.failure !== 'not-found')
    return { acts: [{ type: 'failed', failure: result.failure }] };
  return { acts: [{ type: 'cancelled' }], reminder: changed(c, {}) };
}

/** "No" to the offer after a routine: not asked again for a while. */
export function declineOffer(c: ReminderContext): ReminderOutcome {
  const reminder: ReminderRecord = {
    ...(c.user.reminder ?? {}),
    declinedAt: c.now.toISOString(),
    changedAt: c.now.toISOString(),
  };
  return { acts: [{ type: 'offer-declined' }], reminder };
}
