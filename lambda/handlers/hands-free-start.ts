/**
 * "Play the bedside morning routine hands-free": a short intro and the first part as audio,
 * session closed. "Start X" does the same once the hands-free preference is on. A device that
 * can't play long audio gets turn mode and hears why.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getCatalog } from '../content';
import { Intent } from '../ids';
import { canPlayHandsFree, nameOf, type HandsFreeDependencies } from '../audio/hands-free';
import { audioTurn, planOf, startPlaying } from '../audio/hands-free-turn';
import type { Activity } from '../routine/state';
import { runTurn } from '../turn/run-turn';
import { todayRoutineId } from '../turn/today';
import { isIntent } from './match';
import { startRoutineEvent } from './start';

export const handsFreeStartHandler = (deps: HandsFreeDependencies): RequestHandler => ({
  canHandle: (i) => isIntent(i, Intent.PlayHandsFree, Intent.StartRoutine),
  handle: async (input: HandlerInput) => {
    const turn = await audioTurn(input, deps);
    const event = startRoutineEvent(input);
    const asked = isIntent(input, Intent.PlayHandsFree);
    // Until a save below, turn mode goes on from the session just read (not read twice).
    if (!asked && !turn.user.prefs.handsFree)
      return runTurn(input, event, deps, { read: turn.session });
    // No routine named: the one a new user is offered first, or today's.
    const catalog = getCatalog();
    const activity: Activity | undefined =
      event.type === 'start'
        ? event.activity
        : event.type === 'ask'
          ? {
              kind: 'routine',
              id:
                turn.user.history.length === 0
                  ? catalog.routineOrder[0]
                  : todayRoutineId(catalog.weeklyPlan, turn.now, turn.timeZone),
            }
          : undefined;
    if (!activity) return runTurn(input, event, deps, { read: turn.session });
    const start = { type: 'start', activity } as const;
    const plan = canPlayHandsFree(input, deps) ? planOf(turn, activity) : undefined;
    if (!plan) {
      const why = { type: 'hands-free-unavailable', reason: 'no-player' } as const;
      return runTurn(input, start, deps, { read: turn.session, lead: asked ? [why] : [] });
    }
    const name = nameOf(activity.id, turn.locale);
    const minutes = turn.t('minutes', { count: plan.minutes });
    const intro =
      activity.kind === 'routine'
        ? turn.t('handsFree.intro', { name, count: plan.parts.length, minutes })
        : turn.t('handsFree.introExercise', { name });
    // As turn mode starts a routine: the one safety line, unless the first-contact disclaimer
    // (which ends on when to stop) is said this turn.
    const safety =
      activity.kind === 'routine' && turn.user.welcomed ? [turn.t('safety.routineStart')] : [];
    return startPlaying(turn, plan, 0, 0, [intro, ...safety, turn.t('handsFree.howTo')]);
  },
});
