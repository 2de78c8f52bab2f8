/**
 * One reminder turn: load the user, decide (with the Reminders API), save, answer. The same
 * shape as the routine turn (turn/run-turn.ts); the dialog state passes through unchanged
 * unless the caller closes the offer it answers.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getUserId } from '../ask-sdk';
import type { Response } from 'ask-sdk-model';
import { getCatalog } from '../content';
import { supportedLocale, translatorFor } from '../i18n';
import { pick } from '../render/text';
import type { DialogState } from '../routine/state';
import type { Budget } from '../store/budget';
import { setSessionAttributes } from '../turn/attributes';
import { loadSession } from '../turn/load-session';
import type { TurnDependencies } from '../turn/run-turn';
import { todayRoutineId } from '../turn/today';
import { remindersApi } from './api';
import { hasRemindersPermission } from './consent';
import { favouriteRoutine } from './favourite';
import type { ReminderContext, ReminderOutcome } from './flow';
import { respond } from './respond';

export interface ReminderTurnOptions {
  /** The user just accepted the permission by voice: the request may not list it yet. */
  permitted?: boolean;
  /** The dialog after this turn (default: as it was). */
  dialog?: (before: DialogState) => DialogState;
}

export async function runReminderTurn(
  input: HandlerInput,
  deps: TurnDependencies,
  decide: (c: ReminderContext) => ReminderOutcome | Promise<ReminderOutcome>,
  options: ReminderTurnOptions = {},
): Promise<Response> {
  const now = deps.clock();
  // One storage deadline for the turn, as in run-turn.ts.
  const budget = deps.repository.newBudget();
  try {
    return await reminderTurn(input, deps, decide, options, now, budget);
  } finally {
    budget.close();
  }
}

async function reminderTurn(
  input: HandlerInput,
  deps: TurnDependencies,
  decide: (c: ReminderContext) => ReminderOutcome | Promise<ReminderOutcome>,
  options: ReminderTurnOptions,
  now: Date,
  budget: Budget,
): Promise<Response> {
  const session = await loadSession(input, deps.repository, budget);
  const locale = supportedLocale(input.requestEnvelope.request.locale);
  const t = translatorFor(locale);
  const catalog = getCatalog(locale);
  const nameOf = (id: string | undefined) => {
    const item = id ? (catalog.routines.get(id) ?? catalog.exercises.get(id)) : undefined;
    return item ? pick(item.spokenName, locale) : '';
  };
  const finished = session.dialog.phase === 'finished' ? session.dialog.activity : undefined;
  const fallback =
    finished?.kind === 'routine'
      ? finished.id
      : todayRoutineId(catalog.weeklyPlan, now, session.timeZone);
  const routineId = favouriteRoutine(
    session.user.history,
    (id) => catalog.routines.has(id),
    fallback,
  );
  const outcome = await decide({
    api: remindersApi(input),
    user: session.user,
    now,
    timeZone: session.timeZone,
    locale,
    permitted: options.permitted ?? hasRemindersPermission(input),
    routineId,
    spokenText: (id) => t('reminder.spoken', { name: nameOf(id) }),
  });

  let user = session.user;
  let unsaved = session.unsaved ?? false;
  if (outcome.reminder || unsaved) {
    const next = outcome.reminder ? { ...user, reminder: outcome.reminder } : user;
    const saved = await deps.repository.save(
      getUserId(input.requestEnvelope),
      { ...next, updatedAt: now.toISOString() },
      { budget },
    );
    // A failed save is retried by the next turn (run-turn saves while `unsaved`).
    user = saved.ok ? saved.record : next;
    unsaved = !saved.ok;
  }
  let dialog = options.dialog ? options.dialog(session.dialog) : session.dialog;
  // The time question stays open only until the next reminder answer.
  if (outcome.acts.some((a) => a.type === 'ask-time'))
    dialog = { ...dialog, pending: { kind: 'reminder-time' } };
  else if (dialog.pending?.kind === 'reminder-time') dialog = { ...dialog, pending: undefined };
  setSessionAttributes(input, { ...session, user, dialog, unsaved });
  return respond(input, outcome, { t, locale, dialog, routineName: nameOf });
}
