/** Everything the renderer may read: the request, strings, content, the user, plans. */
import type { HandlerInput } from 'ask-sdk-core';
import type { TFunction } from 'i18next';
import type { Catalog } from '../content';
import type { PlanView } from '../routine/plan';
import type { Activity } from '../routine/state';
import type { WeekSummary } from '../store/progress';
import type { UserRecord } from '../store/types';
import type { NarratedPlan } from '../turn/plans';
import type { DayPlan } from '../turn/today';
import { pick } from './text';

export interface RenderContext {
  input: HandlerInput;
  t: TFunction;
  locale: string;
  catalog: Catalog;
  user: UserRecord;
  plan(activity: Activity): NarratedPlan | undefined;
  view(activity: Activity): PlanView | undefined;
  summary: WeekSummary;
  /** Today's weekly-plan day, decided by the turn. */
  today: DayPlan;
  now: Date;
  timeZone: string;
  /** Say once that progress could not be saved yet (an ordinary turn: the next one retries). */
  tellUnsaved: boolean;
  /** The session ends unsaved: say so, and say nothing that claims progress was kept. */
  saveLost: boolean;
  /** False when the answer ends on a question, so a farewell would come too soon. */
  closing?: boolean;
}

/** The spoken name of a routine, an exercise or an avoided move; the id if content lacks it. */
export function spokenName(c: RenderContext, id: string): string {
  const item = c.catalog.routines.get(id) ?? c.catalog.exercises.get(id);
  if (item) return pick(item.spokenName, c.locale);
  const avoided = c.catalog.avoided.get(id);
  return avoided ? pick(avoided.name, c.locale) : id;
}

export function activityName(c: RenderContext, activity: Activity): string {
  return spokenName(c, activity.id);
}

/** "about six minutes": whole minutes, at least one. */
export function minutes(c: RenderContext, seconds: number): string {
  return c.t('minutes', { count: Math.max(1, Math.round(seconds / 60)) });
}
