/** Reminder acts to words, through i18n. Only this file chooses reminder keys. */
import type { TFunction } from 'i18next';
import type { ReminderAct } from './acts';
import type { ClockTime } from './time';

/** "7 a.m.", "7:30 p.m.", "7:30 Uhr", "7:30": each language's own key says how. */
export function spokenTime(t: TFunction, time: ClockTime): string {
  const mm = String(time.minute).padStart(2, '0');
  const h12 = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const period = t(time.hour < 12 ? 'reminder.time.am' : 'reminder.time.pm');
  const key = time.minute === 0 ? 'reminder.time.oclock' : 'reminder.time.minutes';
  return t(key, { h: time.hour, h12, mm, period });
}

/** The sentence for one act, and the question (with its reprompt) when the act asks one. */
export function speakAct(
  t: TFunction,
  act: ReminderAct,
  routineName: (id: string | undefined) => string,
): { say: string; reprompt?: string } {
  switch (act.type) {
    case 'ask-time':
      return {
        say: t(`reminder.askTime.${act.op}.prompt`),
        reprompt: t(`reminder.askTime.${act.op}.reprompt`),
      };
    case 'consent-needed':
      return { say: t('reminder.consent', { time: spokenTime(t, act.time) }) };
    case 'set':
      return {
        say: t('reminder.set', { time: spokenTime(t, act.time), name: routineName(act.routineId) }),
      };
    case 'changed':
      return { say: t('reminder.changed', { time: spokenTime(t, act.time) }) };
    case 'status':
      return {
        say: t('reminder.status', {
          time: spokenTime(t, act.time),
          name: routineName(act.routineId),
        }),
      };
    case 'failed':
      return { say: t(`reminder.failed.${act.failure}`) };
    default:
      return { say: t(`reminder.${act.type}`) };
  }
}
