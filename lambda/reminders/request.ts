/**
 * The body of a create or update call to Alexa's Reminders API: one reminder that rings every
 * day at the user's chosen local time, in their time zone, saying its text in their language.
 * Pure: the caller passes the clock, the zone and the words.
 */
import type { services } from 'ask-sdk-model';
import { localNow, nextLocalOccurrence, type ClockTime } from './time';

export interface DailyReminder {
  time: ClockTime;
  timeZone: string;
  /** The request's locale: the reminder is spoken in it. */
  locale: string;
  /** What Alexa says when it rings (plain text, the user's language). */
  text: string;
}

/** RFC 5545 rule for "every day at hh:mm". */
export function dailyRule(time: ClockTime): string {
  return `FREQ=DAILY;BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0;INTERVAL=1`;
}

export function dailyReminderRequest(
  r: DailyReminder,
  now: Date,
): services.reminderManagement.ReminderRequest {
  return {
    requestTime: localNow(now, r.timeZone),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: r.timeZone,
      recurrence: {
        // The first ring: the rule repeats it every day from there.
        startDateTime: nextLocalOccurrence(now, r.timeZone, r.time),
        recurrenceRules: [dailyRule(r.time)],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale: r.locale, text: r.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}
