import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { BuiltIn } from '../ids';
import { declineOffer, setDaily } from '../reminders/flow';
import { sameTimeOfDay } from '../reminders/time';
import { runReminderTurn } from '../reminders/turn';
import type { DialogState } from '../routine/state';
import { getSessionAttributes, readAttributes } from '../turn/attributes';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';

function offerPending(i: HandlerInput) {
  const pending = readAttributes(getSessionAttributes(i))?.dialog.pending;
  return pending?.kind === 'offer-reminder' ? pending : undefined;
}

/** The offer is answered either way: the routine stays finished, with nothing pending. */
const closeOffer = (d: DialogState): DialogState => ({ ...d, pending: undefined });

/**
 * Yes or no to "Want me to remind you tomorrow at the same time?" after a routine. Registered
 * before the routine's yes and no, which never see this offer.
 */
export const reminderOfferHandler = (deps: TurnDependencies): RequestHandler => ({
  canHandle: (i) => isIntent(i, BuiltIn.Yes, BuiltIn.No) && offerPending(i) !== undefined,
  handle: (i) => {
    const startedAt = new Date(offerPending(i)?.at ?? deps.clock().toISOString());
    const yes = isIntent(i, BuiltIn.Yes);
    return runReminderTurn(
      i,
      deps,
      (c) => (yes ? setDaily(c, 'set', sameTimeOfDay(startedAt, c.timeZone)) : declineOffer(c)),
      { dialog: closeOffer },
    );
  },
});
