/**
 * "Alexa, open back stretch coach" after a hands-free routine was paused: offer to carry on
 * hands-free from the same second, and play on "yes" (or "resume"). After a playback failure
 * the user hears an apology and carries on turn by turn from the same exercise.
 */
import type { RequestHandler } from 'ask-sdk-core';
import {
  canPlayHandsFree,
  nameOf,
  partForStep,
  type HandsFreeDependencies,
} from '../audio/hands-free';
import { audioTurn, planOf, save, startPlaying } from '../audio/hands-free-turn';
import { BuiltIn } from '../ids';
import type { Act } from '../routine/acts';
import { Speech } from '../render/speech';
import { weekSummary } from '../store/progress';
import type { ResumePoint } from '../store/types';
import { getSessionAttributes, readAttributes, setSessionAttributes } from '../turn/attributes';
import { activityOf, positionOf, resumable } from '../turn/resume';
import { runTurn } from '../turn/run-turn';
import { isIntent, isRequest } from './match';

export const handsFreeLaunchHandler = (deps: HandsFreeDependencies): RequestHandler => ({
  canHandle: (i) => isRequest(i, 'LaunchRequest'),
  handle: async (input) => {
    const turn = await audioTurn(input, deps);
    const r = turn.user.resume;
    // Nearly every launch: turn mode, from the session just read (not read twice).
    if (!r?.audio || !resumable(r, turn.now))
      return runTurn(input, { type: 'launch' }, deps, { read: turn.session });
    const name = nameOf(r.routineId ?? r.exerciseId, turn.locale);
    if (r.audio.failed || !canPlayHandsFree(input, deps)) {
      const turnMode = { ...r };
      delete turnMode.audio;
      await save(turn, { ...turn.user, resume: turnMode });
      const why: Act = {
        type: 'hands-free-unavailable',
        reason: 'failed',
        activity: activityOf(r),
      };
      return runTurn(input, { type: 'launch' }, deps, { lead: r.audio.failed ? [why] : [] });
    }
    const streak = weekSummary(turn.user, turn.now, turn.timeZone).streakDays;
    const speech = new Speech().say(turn.t('welcome.returning'));
    if (streak > 0) speech.say(turn.t('welcome.streak', { count: streak }));
    const vars = { name, exercise: nameOf(r.exerciseId, turn.locale) };
    speech.say(turn.t('handsFree.offerResume.prompt', vars));
    setSessionAttributes(input, {
      user: turn.user,
      timeZone: turn.timeZone,
      dialog: {
        phase: 'paused',
        activity: activityOf(r),
        position: positionOf(r),
        pending: { kind: 'offer-resume' },
      },
    });
    const reprompt = new Speech().say(turn.t('handsFree.offerResume.reprompt', vars)).toString();
    return input.responseBuilder
      .speak(speech.toString())
      .reprompt(reprompt)
      .withShouldEndSession(false)
      .getResponse();
  },
});

/** The hands-free resume point this session offered to continue, if it did. */
function offered(i: Parameters<RequestHandler['canHandle']>[0]): ResumePoint | undefined {
  const attributes = readAttributes(getSessionAttributes(i));
  const r = attributes?.user.resume;
  if (attributes?.dialog.pending?.kind !== 'offer-resume' || !r?.audio || r.audio.failed)
    return undefined;
  return r;
}

export const handsFreeContinueHandler = (deps: HandsFreeDependencies): RequestHandler => ({
  canHandle: (i) =>
    isIntent(i, BuiltIn.Yes, BuiltIn.Resume) && !!offered(i) && canPlayHandsFree(i, deps),
  handle: async (input) => {
    const r = offered(input)!;
    const turn = await audioTurn(input, deps);
    const plan = planOf(turn, activityOf(r));
    if (!plan) return runTurn(input, { type: 'yes' }, deps);
    const part = partForStep(plan, r.stepIndex);
    const offsetMs = plan.parts[part].stepIndex === r.stepIndex ? (r.audio?.offsetMs ?? 0) : 0;
    return startPlaying(turn, plan, part, offsetMs, [turn.t('resuming')]);
  },
});
