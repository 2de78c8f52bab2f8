/**
 * Hands-free turns: start playing, move by exercise, stop, and follow the device's playback
 * events. Each loads the user, decides the part and offset, saves the resume point, and
 * answers with AudioPlayer directives (and a few words where Alexa lets a skill speak).
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getUserId } from '../ask-sdk';
import type { Response } from 'ask-sdk-model';
import { translatorFor } from '../i18n';
import { Speech } from '../render/speech';
import type { Activity } from '../routine/state';
import { countSessions } from '../store/exercise-sessions';
import { recordFinished } from '../store/progress';
import type { UserRecord } from '../store/types';
import type { SessionAttributes } from '../turn/attributes';
import { loadSession } from '../turn/load-session';
import {
  addPlay,
  audioResume,
  planFor,
  prepare,
  type HandsFreeDependencies,
  type HandsFreePlan,
} from './hands-free';
import type { AudioPlan } from './routine-audio';

export type Transport =
  | 'pause'
  | 'stop'
  | 'resume'
  | 'next'
  | 'previous'
  | 'start-over'
  | 'repeat'
  | 'loop'
  | 'shuffle'
  | 'help';

export interface AudioTurn {
  input: HandlerInput;
  deps: HandsFreeDependencies;
  locale: string;
  t: ReturnType<typeof translatorFor>;
  user: UserRecord;
  timeZone: string;
  now: Date;
  /** The session as read: a turn-mode answer to the same request reuses it (runTurn). */
  session: SessionAttributes;
}

export async function audioTurn(
  input: HandlerInput,
  deps: HandsFreeDependencies,
): Promise<AudioTurn> {
  // The read has its own storage deadline; each save below takes its own (repository.save).
  const budget = deps.repository.newBudget();
  const session = await loadSession(input, deps.repository, budget).finally(() => budget.close());
  const locale = input.requestEnvelope.request.locale ?? 'en-US';
  return {
    input,
    deps,
    locale,
    t: translatorFor(locale),
    user: session.user,
    timeZone: session.timeZone,
    now: deps.clock(),
    session,
  };
}

export function planOf(turn: AudioTurn, activity: Activity): HandsFreePlan | undefined {
  return planFor(activity, turn.user, turn.locale, turn.t, turn.deps);
}

/** Saves the user's record if it changed; the record as stored (or as meant, if not saved). */
export async function save(turn: AudioTurn, user: UserRecord): Promise<UserRecord> {
  if (JSON.stringify(user) === JSON.stringify(turn.user)) return user;
  const saved = await turn.deps.repository.save(getUserId(turn.input.requestEnvelope), {
    ...user,
    updatedAt: turn.now.toISOString(),
  });
  return saved.ok ? saved.record : user;
}

/** Starts (or continues) playing: a few words first, then the part from `offsetMs`. */
export async function startPlaying(
  turn: AudioTurn,
  plan: AudioPlan,
  part: number,
  offsetMs: number,
  lead: readonly string[],
): Promise<Response> {
  const speech = new Speech();
  // A first contact by one-shot still hears the disclaimer once, as in turn mode.
  if (!turn.user.welcomed) speech.say(turn.t('disclaimer'));
  for (const line of lead) speech.say(line);
  await addPlay(turn.input, turn.deps, turn.locale, {
    plan,
    part,
    offsetMs,
    behavior: 'REPLACE_ALL',
  });
  await save(turn, {
    ...turn.user,
    welcomed: true,
    resume: audioResume(plan, part, offsetMs, turn.now),
  });
  const builder = turn.input.responseBuilder;
  if (speech.toString()) builder.speak(speech.toString());
  return builder.withShouldEndSession(true).getResponse();
}

/** The device's transport words and buttons, while our audio plays or sits paused. */
export async function transport(
  turn: AudioTurn,
  plan: AudioPlan,
  at: { part: number; offsetMs: number },
  command: Transport,
  speak = true,
): Promise<Response> {
  const builder = turn.input.responseBuilder;
  const say = (key: string) =>
    speak ? builder.speak(new Speech().say(turn.t(key)).toString()) : builder;
  const jump = (part: number, offsetMs = 0) => startPlaying(turn, plan, part, offsetMs, []);
  switch (command) {
    case 'pause':
    case 'stop':
      builder.addAudioPlayerStopDirective();
      await save(turn, { ...turn.user, resume: audioResume(plan, at.part, at.offsetMs, turn.now) });
      return (command === 'stop' ? say('handsFree.stopped') : builder)
        .withShouldEndSession(true)
        .getResponse();
    case 'resume':
      return jump(at.part, at.offsetMs);
    case 'next':
      if (at.part + 1 < plan.parts.length) return jump(at.part + 1);
      return say('handsFree.lastExercise').withShouldEndSession(true).getResponse();
    case 'previous':
      return jump(Math.max(0, at.part - 1));
    case 'start-over':
      return jump(0);
    case 'repeat':
      return jump(at.part);
    case 'loop':
    case 'shuffle':
    case 'help':
      return say(`handsFree.${command}`).withShouldEndSession(true).getResponse();
  }
}

/** AudioPlayer.* events: the resume point follows the audio; the next part is queued. */
export async function playbackEvent(
  turn: AudioTurn,
  plan: AudioPlan,
  event: { type: string; token: string; part: number; offsetMs: number },
): Promise<Response> {
  const builder = turn.input.responseBuilder;
  const last = event.part === plan.parts.length - 1;
  switch (event.type) {
    case 'AudioPlayer.PlaybackStarted':
      await save(turn, {
        ...turn.user,
        resume: audioResume(plan, event.part, event.offsetMs, turn.now),
      });
      // Rendered ahead of time, so the queue request finds the next part ready.
      await prepare(plan, event.part + 1, turn.deps);
      break;
    case 'AudioPlayer.PlaybackStopped':
      await save(turn, {
        ...turn.user,
        resume: audioResume(plan, event.part, event.offsetMs, turn.now),
      });
      break;
    case 'AudioPlayer.PlaybackNearlyFinished':
      if (!last)
        await addPlay(turn.input, turn.deps, turn.locale, {
          plan,
          part: event.part + 1,
          offsetMs: 0,
          behavior: 'ENQUEUE',
          expectedPreviousToken: event.token,
        });
      break;
    case 'AudioPlayer.PlaybackFinished':
      await save(
        turn,
        last
          ? finishedHandsFree(turn.user, plan, turn.now, turn.timeZone)
          : { ...turn.user, resume: audioResume(plan, event.part + 1, 0, turn.now) },
      );
      break;
    case 'AudioPlayer.PlaybackFailed':
      // Alexa lets no skill speak here: the next launch apologises and carries on turn by turn.
      await save(turn, {
        ...turn.user,
        resume: audioResume(plan, event.part, event.offsetMs, turn.now, true),
      });
      break;
  }
  return builder.getResponse();
}

/** A routine played to its end counts exactly as in turn mode: streak, history, moves done. */
function finishedHandsFree(
  user: UserRecord,
  plan: AudioPlan,
  now: Date,
  timeZone: string,
): UserRecord {
  const finished = recordFinished(user, {
    routineId: plan.activity.id,
    minutes: Math.max(1, Math.round(plan.parts.reduce((s, p) => s + p.seconds, 0) / 60)),
    now,
    timeZone,
  });
  const done = [...new Set(plan.parts.map((p) => p.exerciseId))];
  return { ...finished, exerciseSessions: countSessions(finished.exerciseSessions, done) };
}
