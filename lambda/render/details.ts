/** The longer spoken pieces: preview, summary, description, today's plan, progress. */
import type { Activity } from '../routine/state';
import { totalSeconds } from '../routine/plan';
import { activityName, minutes, spokenName, type RenderContext } from './context';
import type { Speech } from './speech';
import { joinList, pick, pickList } from './text';

export function preview(s: Speech, c: RenderContext, activity: Activity): void {
  const view = c.view(activity);
  if (!view) return;
  const name = activityName(c, activity);
  s.say(
    c.t('preview.summary', {
      name,
      count: view.steps.length,
      minutes: minutes(c, totalSeconds(view)),
    }),
  );
  const positions = view.steps
    .map((step) => c.catalog.exercises.get(step.exerciseId)?.position)
    .filter((p) => !!p);
  if (positions.length === 0) return;
  const where = c.t(`position.${positions[0]}`);
  s.say(
    c.t(positions.every((p) => p === positions[0]) ? 'preview.allIn' : 'preview.startsIn', {
      position: where,
    }),
  );
}

export function doneSummary(s: Speech, c: RenderContext, activity: Activity): void {
  const view = c.view(activity);
  const name = activityName(c, activity);
  if (activity.kind === 'routine' && view) {
    s.say(
      c.t('done.summary', {
        name,
        count: view.steps.length,
        minutes: minutes(c, totalSeconds(view)),
      }),
    );
  } else {
    s.say(c.t('done.exercise', { name }));
  }
  // An unsaved finish did not extend the stored streak: don't announce it.
  if (c.summary.streakDays > 0 && !c.saveLost)
    s.say(c.t('done.streak', { count: c.summary.streakDays }));
  const routine = activity.kind === 'routine' ? c.catalog.routines.get(activity.id) : undefined;
  const inBed = routine
    ? routine.inBed
    : c.catalog.exercises.get(activity.id)?.position === 'in-bed';
  if (inBed) s.say(c.t('done.getUp'));
  if (c.closing !== false) s.say(c.t('done.bye'));
}

export function describeExercise(s: Speech, c: RenderContext, exerciseId: string): void {
  const ex = c.catalog.exercises.get(exerciseId);
  if (!ex) return;
  s.say(c.t('describe.helps', { name: pick(ex.name, c.locale), helps: pick(ex.helps, c.locale) }));
  for (const line of [...pickList(ex.setup, c.locale), ...pickList(ex.movement, c.locale)])
    s.say(line);
  // The cautions are whole sentences in content.
  s.say(c.t('describe.feel')).say(pick(ex.cautions.feel, c.locale));
  s.say(pick(ex.cautions.stop, c.locale));
}

export function todayPlanSpeech(s: Speech, c: RenderContext): void {
  const day = c.today;
  const names = day.routines.map((id) => spokenName(c, id));
  if (names.length > 0)
    s.say(
      c.t('today.routines', {
        kind: c.t(`today.kind.${day.kind}`),
        list: joinList(names, c.locale),
      }),
    );
  if (day.activity) s.say(pick(day.activity, c.locale));
}

export function progress(s: Speech, c: RenderContext): void {
  const w = c.summary;
  if (c.user.history.length === 0) {
    s.say(c.t('progress.none'));
    return;
  }
  if (w.streakDays > 0) s.say(c.t('progress.streak', { count: w.streakDays }));
  if (w.sessionsThisWeek > 0) {
    s.say(
      c.t('progress.week', {
        count: w.sessionsThisWeek,
        minutes: c.t('minutes', { count: w.minutesThisWeek }),
      }),
    );
  }
  if (w.lastRoutineId) s.say(c.t('progress.last', { name: spokenName(c, w.lastRoutineId) }));
}
