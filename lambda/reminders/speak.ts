/** Reminder acts to words, through i18n. Only this file chooses reminder keys. */
import type { TFunction } from 'i18next';
import type { ReminderAct } from './acts';
import type { ClockTime } from './time';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A clock time the way the locale writes it, which Alexa reads aloud the same way: "7:30 AM"
 * in en-US, "19:30" in de-DE and en-GB, "7:00 a.m." in es-MX.
 */
export function spokenTime(locale: string, time: ClockTime): string {
  let f = timeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(locale, f);
  }
  // Newer ICU puts a narrow no-break space before AM/PM; speech wants a plain one.
  return f.format(new Date(Date.UTC(2026, 0, 1, time.hour, time.minute))).replace(/\s/gu, ' ');
}

/** The sentence for one act, and the question (with its reprompt) when the act asks one. */
export function speakAct(
  t: TFunction,
  locale: string,
  act: ReminderAct,
  routineName: (id: string | undefined) => string,
): { say: string; reprompt?: string } {
  const spoken = (time: ClockTime) => spokenTime(locale, time);
  switch (act.type) {
    case 'ask-time':
      return {
        say: t(`reminder.askTime.${act.op}.prompt`),
        reprompt: t(`reminder.askTime.${act.op}.reprompt`),
      };
    case 'consent-needed':
      return { say: t('reminder.consent', { time: spoken(act.time) }) };
    case 'set':
      return {
        say: t('reminder.set', { time: spoken(act.time), name: routineName(act.routineId) }),
      };
    case 'changed':
      return { say: t('reminder.changed', { time: spoken(act.time) }) };
    case 'status':
      return {
        say: t('reminder.status', {
          time: spoken(act.time),
          name: routineName(act.routineId),
        }),
      };
    case 'failed':
      return { say: t(`reminder.failed.${act.failure}`) };
    default:
      return { say: t(`reminder.${act.type}`) };
  }
}
