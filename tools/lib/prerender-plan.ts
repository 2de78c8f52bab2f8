/**
 * What `npm run audio:prerender` renders: the parts users actually ask for. Narration follows
 * each user's finished sessions per exercise (first-time cautions, then a step up every few
 * sessions until the top of the range), so "default settings" alone would only match a
 * brand-new user. A user who keeps doing one routine has every one of its exercises at the
 * same count, so the routine is planned at every count from 0 (a new user's first run) to
 * the highest count that changes anything (MaxSessionsCounted: the steady state), and the
 * parts are kept once per key: most counts share most parts.
 */
import type { TFunction } from 'i18next';
import { planFor, type HandsFreePlan } from '../../lambda/audio/hands-free';
import type { AudioLibrary } from '../../lambda/audio/library';
import { phrasesOf } from '../../lambda/audio/parts';
import { getRoutine } from '../../lambda/content';
import { freshRecord } from '../../lambda/store/defaults';
import { MaxSessionsCounted } from '../../lambda/store/exercise-sessions';

/** One distinct part: the plan that asks for it and its index there (to render it). */
export interface PrerenderPart {
  key: string;
  plan: HandsFreePlan;
  index: number;
  /** The lowest session count that asks for it. */
  sessions: number;
}

export interface RoutinePrerender {
  routineId: string;
  /** Distinct parts over every session count, first asked first. */
  parts: PrerenderPart[];
  /** Parts of a new user's first run. */
  newUserParts: number;
  /** Every distinct phrase of these parts (what the engine must say). */
  phrases: Set<string>;
  /** Characters Polly bills to say every distinct phrase of these parts once. */
  characters: number;
  /** The session count from which nothing changes any more (the steady state). */
  steadyFrom: number;
  /** Minutes of audio of these parts. */
  minutes: number;
}

export function routinePrerender(
  routineId: string,
  locale: string,
  t: TFunction,
  library: AudioLibrary,
  maxSessions = MaxSessionsCounted,
): RoutinePrerender | undefined {
  const routine = getRoutine(routineId);
  if (!routine) return undefined;
  const exercises = routine.steps.map((s) => s.exercise);
  const parts = new Map<string, PrerenderPart>();
  let newUserParts = 0;
  for (let sessions = 0; sessions <= maxSessions; sessions++) {
    const user = freshRecord(new Date(0));
    user.exerciseSessions = Object.fromEntries(exercises.map((id) => [id, sessions]));
    const plan = planFor({ kind: 'routine', id: routineId }, user, locale, t, {
      audio: () => library,
      voice: 'alexa',
    });
    if (!plan) return undefined;
    if (sessions === 0) newUserParts = plan.parts.length;
    for (const p of plan.parts) {
      if (!parts.has(p.key)) parts.set(p.key, { key: p.key, plan, index: p.index, sessions });
    }
  }
  const list = [...parts.values()];
  const segments = list.map((p) => p.plan.parts[p.index].segments);
  const phrases = new Set(segments.flatMap((s) => phrasesOf(s)));
  const seconds = list.reduce((sum, p) => sum + p.plan.parts[p.index].seconds, 0);
  return {
    routineId,
    parts: list,
    newUserParts,
    phrases,
    characters: [...phrases].reduce((n, text) => n + text.length, 0),
    steadyFrom: Math.max(...list.map((p) => p.sessions)),
    minutes: seconds / 60,
  };
}
