/** Turns one act into speech. Wording lives in i18n; this file only chooses keys and values. */
import type { Act } from '../routine/acts';
import { normalise, secondsFrom } from '../routine/plan';
import type { Activity, Position } from '../routine/state';
import { activityName, minutes, spokenName, type RenderContext } from './context';
import { describeExercise, doneSummary, preview, progress, todayPlanSpeech } from './details';
import type { Speech } from './speech';
import { joinList, pick } from './text';

/** A question closes the answer: its reprompt becomes the response's reprompt. */
export interface Rendered {
  reprompt?: string;
}

export function chunkAt(c: RenderContext, activity: Activity, pos: Position) {
  const plan = c.plan(activity);
  const view = c.view(activity);
  const at = view ? (normalise(view, pos) ?? pos) : pos;
  const step = plan?.steps.find((s) => s.stepIndex === at.stepIndex);
  return step
    ? { step, chunk: step.chunks[Math.min(at.chunkIndex, step.chunks.length - 1)] }
    : undefined;
}

/** The step a position is at, from the plan view alone (no narration needed). */
function stepIdAt(c: RenderContext, activity: Activity, pos: Position): string | undefined {
  const view = c.view(activity);
  const at = view && (normalise(view, pos) ?? pos);
  return at && view.steps.find((s) => s.stepIndex === at.stepIndex)?.exerciseId;
}

function ask(
  s: Speech,
  c: RenderContext,
  key: string,
  vars: Record<string, unknown> = {},
): Rendered {
  s.say(c.t(`${key}.prompt`, vars));
  return { reprompt: c.t(`${key}.reprompt`, vars) };
}

export function renderAct(act: Act, s: Speech, c: RenderContext): Rendered {
  const t = c.t;
  switch (act.type) {
    case 'welcome':
      s.say(t(act.returning ? 'welcome.returning' : 'welcome.first'));
      // "You stretched yesterday" is wrong minutes after today's routine.
      if (act.returning && c.summary.streakDays > 0)
        s.say(
          t(c.summary.stretchedToday ? 'conversation.streakToday' : 'welcome.streak', {
            count: c.summary.streakDays,
          }),
        );
      return {};
    case 'disclaimer':
      s.say(t('disclaimer'));
      return {};
    case 'offer-start':
      return ask(s, c, `offer.${act.reason}`, { name: activityName(c, act.activity) });
    case 'offer-resume':
      // The view, not the narrated plan: a resume offer on a cold start narrates nothing.
      return ask(s, c, 'offer.resume', {
        name: activityName(c, act.activity),
        exercise: spokenName(c, stepIdAt(c, act.activity, act.position) ?? act.activity.id),
      });
    case 'preview':
      preview(s, c, act.activity);
      return {};
    case 'safety-reminder':
      s.say(t('safety.routineStart'));
      return {};
    case 'flare-thin':
      s.say(t('flareThin', { name: activityName(c, act.activity) }));
      return {};
    case 'play': {
      const at = chunkAt(c, act.activity, act.position);
      if (at) s.ssml(at.chunk.ssml);
      return {};
    }
    case 'prompt-next': {
      const at = chunkAt(c, act.activity, act.next);
      const name = spokenName(c, at?.step.exerciseId ?? act.activity.id);
      if (!at || at.step.stepIndex !== act.from.stepIndex)
        return ask(s, c, 'next.exercise', { name });
      // The other side begins here (not a continuation of side two split between reps).
      const sideChange =
        at.chunk.covers.sides[0] === 2 &&
        at.chunk.index > 0 &&
        (at.chunk.covers.reps?.[0] ?? 1) === 1;
      return ask(s, c, sideChange ? 'next.side' : 'next.more', { name });
    }
    case 'done':
      doneSummary(s, c, act.activity);
      return {};
    case 'paused':
      return ask(s, c, 'paused');
    case 'resuming':
      s.say(t('resuming'));
      return {};
    case 'nothing-under-way':
      s.say(t(`nothing.${act.request}`));
      return {};
    case 'pain-advice':
      s.say(t('pain.stop')).say(t('pain.rest')).say(t('pain.smaller')).say(t('pain.tooMuch'));
      s.say(t('pain.clinician'));
      return {};
    case 'ask-leave-out':
      return ask(s, c, 'leaveOut', { name: spokenName(c, act.exerciseId) });
    case 'left-out':
      s.say(
        t(act.leftOut ? 'leaveOut.yes' : 'leaveOut.no', { name: spokenName(c, act.exerciseId) }),
      );
      if (!c.user.prefs.gentle) s.say(t('leaveOut.gentle'));
      return {};
    case 'preference-set': {
      const { change } = act;
      if (change.key === 'pace') s.say(t(`prefs.pace.${change.value}`));
      else if (change.key === 'holdScale')
        s.say(
          t(
            `prefs.holdScale.${change.value > 1 ? 'longer' : change.value < 1 ? 'shorter' : 'normal'}`,
          ),
        );
      else if (change.key === 'breathing')
        s.say(
          t(
            change.value.holdIn || change.value.holdOut
              ? 'prefs.breathing.held'
              : 'prefs.breathing.plain',
            { ...change.value },
          ),
        );
      else if (change.key === 'handsFree')
        s.say(t(`handsFree.pref.${change.value ? 'on' : 'off'}`));
      else s.say(t(`prefs.${change.key}.${change.value ? 'on' : 'off'}`));
      if (act.underWay) s.say(t('prefs.fromNext'));
      return {};
    }
    case 'invalid-breathing':
      s.say(t('breathingInvalid'));
      return {};
    case 'describe':
      describeExercise(s, c, act.exerciseId);
      return {};
    case 'time-left': {
      const view = c.view(act.activity);
      const seconds = view ? secondsFrom(view, normalise(view, act.from) ?? act.from) : 0;
      const name = activityName(c, act.activity);
      s.say(
        seconds < 60
          ? t('timeLeft.underMinute', { name })
          : t('timeLeft.minutes', { name, minutes: minutes(c, seconds) }),
      );
      return {};
    }
    case 'list-routines': {
      const names = c.catalog.routineOrder.map((id) => spokenName(c, id));
      return ask(s, c, 'list', {
        count: names.length,
        list: joinList(names, c.locale),
        first: names[0],
      });
    }
    case 'today-plan':
      todayPlanSpeech(s, c);
      return {};
    case 'progress':
      progress(s, c);
      return {};
    case 'help':
      s.say(t(`help.${act.context}`));
      return { reprompt: t('help.reprompt') };
    case 'fallback':
      s.say(t('fallback.sorry')).say(t(`help.${act.context}`));
      return { reprompt: t('help.reprompt') };
    case 'avoided': {
      const move = c.catalog.avoided.get(act.moveId);
      if (move)
        s.say(
          t('avoided', { name: pick(move.name, c.locale), reason: pick(move.reason, c.locale) }),
        );
      return {};
    }
    case 'unknown-name': {
      const pool =
        act.kind === 'routine' ? c.catalog.routineOrder : [...c.catalog.exercises.keys()];
      const [first, second] = pool.slice(0, 2).map((id) => spokenName(c, id));
      s.say(t(`unknown.${act.kind}`, { heard: act.heard, first, second }));
      return {};
    }
    case 'no-ack':
      s.say(
        t(
          act.context === 'awaiting-continue' || act.context === 'idle'
            ? `no.${act.context}`
            : 'no.other',
        ),
      );
      return {
        reprompt: t(`continue.${act.context === 'awaiting-continue' ? 'paused' : act.context}`),
      };
    case 'reprompt-continue':
      s.say(t(`continue.${act.context}`));
      return { reprompt: t(`continue.${act.context}`) };
    case 'goodbye':
      // "Your place is saved" only when it was.
      s.say(t(act.underWay && !c.saveLost ? 'goodbye.underWay' : 'goodbye.idle'));
      return {};
    case 'skipped':
      s.say(t('conversation.skipped', { name: spokenName(c, act.exerciseId) }));
      return {};
    case 'ask-switch':
      return ask(s, c, 'conversation.switch', {
        from: activityName(c, act.from),
        to: activityName(c, act.to),
      });
    case 'switch-declined':
      s.say(t('conversation.switchDeclined', { name: activityName(c, act.activity) }));
      return {};
    case 'today-done': {
      const names = act.routineIds.map((id) => spokenName(c, id));
      s.say(t('conversation.todayDone', { list: joinList(names, c.locale) }));
      return {};
    }
    case 'hands-free-unavailable':
      s.say(
        act.reason === 'failed'
          ? t('handsFree.failed', { name: activityName(c, act.activity) })
          : t('handsFree.unsupported'),
      );
      return {};
    case 'offer-reminder':
      return ask(s, c, 'reminder.offer');
  }
}
