/**
 * One turn: load, decide, save, render. Handlers turn the request into a routine event and
 * call this; nothing here knows about intents.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getApiAccessToken, getRequestType } from '../ask-sdk';
import type { Response } from 'ask-sdk-model';
import { getCatalog } from '../content';
import { supportedLocale, translatorFor } from '../i18n';
import type { Voice } from '../narration';
import { render } from '../render';
import type { Act } from '../routine/acts';
import { advance } from '../routine/advance';
import type { RoutineEvent } from '../routine/events';
import { stepAt, totalSeconds } from '../routine/plan';
import type { Activity } from '../routine/state';
import type { UserRepository } from '../store/repository';
import { normalizeExerciseSessions } from '../store/exercise-sessions';
import { weekSummary } from '../store/progress';
import { applyEffects, withResume } from './apply-effects';
import { setSessionAttributes, type SessionAttributes } from './attributes';
import { narratedPlan, narrationPhrases, planViewOf, type PlanOptions } from './plans';
import { loadSession } from './load-session';
import { saveTurn } from './save-turn';
import type { Logger } from '../interceptors/logging';
import type { Budget } from '../store/budget';
import { machineContext } from './machine-context';
import { todayPlan } from './today';

export interface TurnDependencies {
  repository: UserRepository;
  clock: () => Date;
  voice: Voice;
  /** Where failed saves are reported (hashed user id). */
  log?: Logger;
}

/** What a handler hands a turn besides the event. */
export interface TurnOptions {
  /**
   * The session a handler already read for this request, with nothing saved since (a launch
   * looks for a hands-free resume point first): the turn then does not read it again.
   */
  read?: SessionAttributes;
  /** Acts a handler decided before handing over to turn mode (why hands-free can't play), said first. */
  lead?: readonly Act[];
}

export async function runTurn(
  input: HandlerInput,
  event: RoutineEvent,
  deps: TurnDependencies,
  options: TurnOptions = {},
): Promise<Response> {
  const now = deps.clock();
  // One storage deadline for the whole turn: the read and the save share it.
  const budget = deps.repository.newBudget();
  try {
    return await decideSaveRender(input, event, deps, now, budget, options);
  } finally {
    budget.close();
  }
}

async function decideSaveRender(
  input: HandlerInput,
  event: RoutineEvent,
  deps: TurnDependencies,
  now: Date,
  budget: Budget,
  { read, lead = [] }: TurnOptions,
): Promise<Response> {
  const session = read ?? (await loadSession(input, deps.repository, budget));
  const locale = supportedLocale(input.requestEnvelope.request.locale);
  const t = translatorFor(locale);
  const planOptions = (prefs = session.user.prefs): PlanOptions => ({
    prefs,
    locale,
    voice: deps.voice,
    phrases: narrationPhrases(t),
    // The counts from before this turn: a finish does not change what this turn plays.
    sessions: normalizeExerciseSessions(session.user.exerciseSessions),
  });
  const catalog = getCatalog(locale);
  const planOf = (activity: Activity, prefs = session.user.prefs) =>
    narratedPlan(activity, planOptions(prefs));
  const viewOf = (activity: Activity) => planViewOf(activity, planOptions());

  const ctx = machineContext({
    user: session.user,
    timeZone: session.timeZone,
    now,
    catalog,
    viewOf,
    remindersReachable: !!getApiAccessToken(input.requestEnvelope),
  });

  const decided = advance(session.dialog, event, ctx);
  const before = JSON.stringify(session.user);
  let user = applyEffects(session.user, decided.effects, {
    now,
    timeZone: session.timeZone,
    minutesOf: ({ activity }) => {
      const view = viewOf(activity);
      return view ? Math.max(1, Math.round(totalSeconds(view) / 60)) : 0;
    },
    exercisesOf: ({ activity }) => viewOf(activity)?.steps.map((s) => s.exerciseId) ?? [],
  });
  const { state } = decided;
  const view = state.activity && viewOf(state.activity);
  const exerciseId = view && state.position && stepAt(view, state.position)?.exerciseId;
  user = withResume(user, state, now, exerciseId);

  const ending = decided.end || getRequestType(input.requestEnvelope) === 'SessionEndedRequest';
  const saved = await saveTurn(input, deps, budget, {
    user,
    changed: JSON.stringify(user) !== before,
    session,
    ending,
    now,
  });
  user = saved.user;
  const { unsaved, tellUnsaved, saveLost } = saved;

  const next: SessionAttributes = {
    ...session,
    user,
    dialog: state,
    unsaved,
    toldUnsaved: session.toldUnsaved || tellUnsaved,
  };
  setSessionAttributes(input, next);
  if (getRequestType(input.requestEnvelope) === 'SessionEndedRequest')
    return input.responseBuilder.getResponse();

  return render(lead.length ? { ...decided, acts: [...lead, ...decided.acts] } : decided, {
    input,
    t,
    locale,
    catalog,
    user,
    // Narration after a preference change uses the new preferences from the next chunk on.
    plan: (activity) => planOf(activity, user.prefs),
    view: viewOf,
    summary: weekSummary(user, now, session.timeZone),
    today: todayPlan(catalog.weeklyPlan, now, session.timeZone),
    now,
    timeZone: session.timeZone,
    tellUnsaved,
    saveLost,
  });
}
