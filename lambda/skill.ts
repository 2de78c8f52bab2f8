/**
 * The skill factory every entry point shares (Lambda, console, bench, tests). Entry points
 * differ only in where requests come from and which store they pass.
 */
import type { Skill } from 'ask-sdk-core';
import { DefaultApiClient, SkillBuilders } from './ask-sdk';
import { audioFromEnv } from './audio/from-env';
import type { HandsFreeDependencies } from './audio/hands-free';
import type { AudioLibrary } from './audio/library';
import { audioPlayerEventsHandler } from './handlers/audio-player-events';
import { errorHandler } from './handlers/error';
import { handsFreeContinueHandler, handsFreeLaunchHandler } from './handlers/hands-free-launch';
import { handsFreePainHandler } from './handlers/hands-free-pain';
import { handsFreePreferenceHandler } from './handlers/hands-free-preference';
import { handsFreeStartHandler } from './handlers/hands-free-start';
import { handsFreeTransportHandler } from './handlers/hands-free-transport';
import { launchHandler } from './handlers/launch';
import { navigationHandler } from './handlers/navigation';
import { preferencesHandler } from './handlers/preferences';
import { questionsHandler } from './handlers/questions';
import { reminderConsentHandler } from './handlers/reminder-consent';
import { reminderEventsHandler } from './handlers/reminder-events';
import { reminderIntentsHandler } from './handlers/reminder-intents';
import { reminderOfferHandler } from './handlers/reminder-offer';
import { sessionEndedHandler } from './handlers/session-ended';
import { skillEventsHandler } from './handlers/skill-events';
import { startExerciseHandler, startRoutineHandler } from './handlers/start';
import { stopHandler } from './handlers/stop';
import { touchHandler } from './handlers/touch';
import { unknownRequestHandler } from './handlers/unknown-request';
import { consoleLogger, requestLogger, responseLogger, type Logger } from './interceptors/logging';
import type { Voice } from './narration/types';
import { UserRepository, type RepositoryOptions } from './store/repository';
import type { UserStore } from './store/types';
import { BoundedSkill } from './turn/bounded-envelope';
import type { TurnDependencies } from './turn/run-turn';

export interface SkillDependencies {
  /** Where user records live (DynamoDB, embedded files, memory). */
  store: UserStore;
  /** Injected clock; defaults to the system clock. */
  clock?: () => Date;
  /** When set, requests for any other skill id are rejected. */
  skillId?: string;
  /** Structured log sink; defaults to console.log of one JSON line. */
  log?: Logger;
  /** Speaking-rate profile for narration timing: 'alexa' (default) or 'espeak' (local audio). */
  voice?: Voice;
  /** Storage timing (deadline, retries, backoff); tests shorten it. Defaults fit Alexa's 8 s. */
  storage?: Omit<RepositoryOptions, 'clock'>;
  /** Hands-free audio; defaults to the environment's (audio/from-env.ts), built on first use. */
  audio?: AudioLibrary;
}

export function createSkill(deps: SkillDependencies): Skill {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log ?? consoleLogger;
  const repository = new UserRepository(deps.store, { ...deps.storage, clock });
  const turn: TurnDependencies = { repository, clock, voice: deps.voice ?? 'alexa', log };
  let audio: AudioLibrary | undefined | null = deps.audio ?? null;
  const handsFree: HandsFreeDependencies = {
    ...turn,
    audio: () => (audio === null ? (audio = audioFromEnv()) : audio),
    artUrl: process.env.AUDIO_ART_URL || undefined,
  };
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      // Hands-free (AudioPlayer) first: each matches only its own requests and hands the rest
      // of what it matches (no audio player, no hands-free resume point) to turn mode.
      audioPlayerEventsHandler(handsFree),
      handsFreeTransportHandler(handsFree),
      handsFreePainHandler(handsFree),
      handsFreeLaunchHandler(handsFree),
      handsFreeContinueHandler(handsFree),
      handsFreeStartHandler(handsFree),
      handsFreePreferenceHandler(turn),
      launchHandler(turn),
      // Before navigation: yes and no answer the reminder offer when one is pending.
      reminderOfferHandler(turn),
      reminderIntentsHandler(turn),
      reminderConsentHandler(turn),
      reminderEventsHandler(repository, log),
      startRoutineHandler(turn),
      startExerciseHandler(turn),
      navigationHandler(turn),
      preferencesHandler(turn),
      questionsHandler(turn),
      stopHandler(turn),
      touchHandler(turn),
      sessionEndedHandler(turn),
      skillEventsHandler(repository, log),
      // Catch-all: must stay last, it matches every request.
      unknownRequestHandler(turn),
    )
    .addRequestInterceptors(requestLogger(log))
    .addResponseInterceptors(responseLogger(log))
    .addErrorHandlers(errorHandler(log))
    .withApiClient(new DefaultApiClient())
    .withCustomUserAgent('back-stretch-coach');
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return new BoundedSkill(builder.getSkillConfiguration());
}

/** Every intent some handler answers by name (the catch-all aside); checked against the models. */
export { HandledIntents } from './handlers/handled-intents';
