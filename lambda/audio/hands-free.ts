/**
 * Hands-free playback, the skill's side: which part plays, its URL and player metadata, and
 * the resume point that follows the audio. Handlers call these; wording comes from i18n.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getSupportedInterfaces } from '../ask-sdk';
import type { TFunction } from 'i18next';
import { getCatalog } from '../content';
import type { Activity } from '../routine/state';
import { pick } from '../render/text';
import type { ResumePoint, UserRecord } from '../store/types';
import { normalizeExerciseSessions } from '../store/exercise-sessions';
import { narrationPhrases } from '../turn/plans';
import type { TurnDependencies } from '../turn/run-turn';
import type { AudioLibrary } from './library';
import type { AudioPlan } from './routine-audio';
import { toToken } from './token';

export interface HandsFreeDependencies extends TurnDependencies {
  /** The audio library, or undefined where hands-free audio is not set up. */
  audio(): AudioLibrary | undefined;
  /** An HTTPS image for the player screen (Echo Show), when there is one. */
  artUrl?: string;
}

/** True when this device plays long audio and this deployment can render it. */
export function canPlayHandsFree(input: HandlerInput, deps: HandsFreeDependencies): boolean {
  return !!getSupportedInterfaces(input.requestEnvelope).AudioPlayer && !!deps.audio();
}

export function nameOf(id: string, locale: string): string {
  const catalog = getCatalog();
  const item = catalog.routines.get(id) ?? catalog.exercises.get(id);
  return item ? pick(item.spokenName, locale) : id;
}

/** Whole minutes of a plan's exercises (the closing sentences aside), at least one. */
function minutesOf(plan: AudioPlan | undefined): number {
  const seconds = plan?.parts.reduce((s, p) => s + p.seconds, 0) ?? 0;
  return Math.max(1, Math.round(seconds / 60));
}

/** What is said after the last exercise: the same words as turn mode's summary, no streak. */
function closing(activity: Activity, plan: AudioPlan | undefined, t: TFunction, locale: string) {
  const catalog = getCatalog();
  const name = nameOf(activity.id, locale);
  if (activity.kind === 'exercise') return [t('done.exercise', { name }), t('done.bye')];
  const minutes = t('minutes', { count: minutesOf(plan) });
  const count = plan?.parts.length ?? 0;
  const lines = [t('done.summary', { name, count, minutes })];
  if (catalog.routines.get(activity.id)?.inBed) lines.push(t('done.getUp'));
  return [...lines, t('done.bye')];
}

/** An activity's audio, and its length in whole minutes as the intro and closing say it. */
export type HandsFreePlan = AudioPlan & { minutes: number };

/** The activity's audio with this user's preferences. */
export function planFor(
  activity: Activity,
  user: UserRecord,
  locale: string,
  t: TFunction,
  deps: Pick<HandsFreeDependencies, 'audio' | 'voice'>,
): HandsFreePlan | undefined {
  const library = deps.audio();
  if (!library) return undefined;
  const base = {
    prefs: user.prefs,
    locale,
    voice: deps.voice,
    phrases: narrationPhrases(t),
    // The same coaching as turn mode: first-time cautions and step-ups from this user's counts.
    sessions: normalizeExerciseSessions(user.exerciseSessions),
    voiceFor: library.voiceFor.bind(library),
  };
  // Required here, not imported: planning audio loads node:crypto (part keys), which a launch
  // that plays nothing should not pay for at a cold start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { audioPlan } = require('./routine-audio') as typeof import('./routine-audio');
  // The closing names the part count, so plan once without it to count the parts.
  const draft = audioPlan(activity, { ...base, closing: [] });
  const plan = audioPlan(activity, { ...base, closing: closing(activity, draft, t, locale) });
  return plan && { ...plan, minutes: minutesOf(draft) };
}

/** Index of the part for a step: the step itself, or the next one still in the plan. */
export function partForStep(plan: AudioPlan, stepIndex: number): number {
  const i = plan.parts.findIndex((p) => p.stepIndex >= stepIndex);
  return i < 0 ? plan.parts.length - 1 : i;
}

export interface PlayArgs {
  plan: AudioPlan;
  part: number;
  offsetMs: number;
  behavior: 'REPLACE_ALL' | 'ENQUEUE';
  expectedPreviousToken?: string;
}

/** Renders the part if nobody has yet, and adds the Play directive for it. */
export async function addPlay(
  input: HandlerInput,
  deps: HandsFreeDependencies,
  locale: string,
  a: PlayArgs,
): Promise<void> {
  const library = deps.audio();
  if (!library) throw new Error('hands-free audio is not set up');
  const part = a.plan.parts[a.part];
  const url = await library.ensure(a.plan.job(a.part));
  const token = toToken({ activity: a.plan.activity, part: a.part, key: part.key });
  const metadata = {
    title: nameOf(a.plan.activity.id, locale),
    subtitle: nameOf(part.exerciseId, locale),
    ...(deps.artUrl ? { art: { sources: [{ url: deps.artUrl }] } } : {}),
  };
  input.responseBuilder.addAudioPlayerPlayDirective(
    a.behavior,
    url,
    token,
    a.offsetMs,
    a.expectedPreviousToken,
    metadata,
  );
}

/** Renders a part ahead of time; failures only cost the render (the Play will try again). */
export async function prepare(plan: AudioPlan, part: number, deps: HandsFreeDependencies) {
  const library = deps.audio();
  if (!library || part >= plan.parts.length) return;
  await library.ensure(plan.job(part)).catch(() => undefined);
}

/** The resume point at a part and offset. */
export function audioResume(
  plan: AudioPlan,
  part: number,
  offsetMs: number,
  now: Date,
  failed = false,
): ResumePoint {
  const p = plan.parts[part];
  return {
    ...(plan.activity.kind === 'routine' ? { routineId: plan.activity.id } : {}),
    exerciseId: p.exerciseId,
    stepIndex: p.stepIndex,
    chunkIndex: 0,
    at: now.toISOString(),
    audio: { offsetMs: Math.max(0, Math.round(offsetMs)), ...(failed ? { failed: true } : {}) },
  };
}
