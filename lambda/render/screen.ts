/**
 * What an Echo Show shows: one more render of the same acts. While a part plays, the screen
 * follows the voice (the schedule comes from the chunk's own timeline); between parts it says
 * what is next, at the end the summary and streak. Sent only to devices that declare APL.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { getSupportedInterfaces } from '../ask-sdk';
import type { Directive } from 'ask-sdk-model';
import { TouchEvent } from '../ids';
import { estimateSsmlSeconds } from '../narration';
import type { Act } from '../routine/acts';
import type { Outcome } from '../routine/context';
import { normalise, secondsFrom, totalSeconds } from '../routine/plan';
import { answerCommands, scheduleCommands } from '../screen/commands';
import { screenDocument } from '../screen/documents';
import { screenSchedule } from '../screen/schedule';
import type { ScreenData, ScreenKind, ScreenSources } from '../screen/types';
import { minutes, type RenderContext } from './context';
import { chunkAt } from './render-act';
import { screenWords, writtenName } from './screen-words';

/** The answer's speech around the part it plays (SSML bodies, without <speak>). */
export interface AnswerSpeech {
  before: string;
  chunk: string;
  after: string;
}

export const ScreenToken = 'coach-screen';
/** The screen stays up this long after the speech: the question, the reprompt, a reply. */
const IdleAfterSpeech = 60;

export function supportsScreen(input: HandlerInput): boolean {
  try {
    return !!getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'];
  } catch {
    return false;
  }
}

const KindOf: Record<string, ScreenKind> = { hold: 'hold', reps: 'hold', tempo: 'tempo' };

function progress(c: RenderContext, act: Extract<Act, { type: 'play' }>): string {
  const view = c.view(act.activity);
  if (act.activity.kind !== 'routine' || !view) return '';
  const pos = normalise(view, act.position) ?? act.position;
  const index = view.steps.findIndex((s) => s.stepIndex === pos.stepIndex);
  const where = c.t('screen.progress', {
    name: writtenName(c, act.activity.id),
    current: index + 1,
    count: view.steps.length,
  });
  return `${where} · ${c.t('screen.left', { minutes: minutes(c, secondsFrom(view, pos)) })}`;
}

const button = (c: RenderContext, event: TouchEvent) => ({
  label: c.t(`screen.button.${event}`),
  event,
});

/** What the screen says once the part is over, or between parts: the acts after the play. */
function after(c: RenderContext, acts: readonly Act[]): ScreenData['after'] | undefined {
  for (const act of acts) {
    if (act.type === 'prompt-next') {
      const at = chunkAt(c, act.activity, act.next);
      const name = writtenName(c, at?.step.exerciseId ?? act.activity.id);
      const key =
        !at || at.step.stepIndex !== act.from.stepIndex
          ? 'next'
          : at.chunk.covers.sides[0] === 2 &&
              (at.chunk.covers.reps?.[0] ?? 1) === 1 &&
              at.chunk.index > 0
            ? 'nextSide'
            : 'nextMore';
      return {
        headline: c.t(`screen.${key}`, { name }),
        detail: c.t('screen.startHint'),
        buttons: [button(c, TouchEvent.Start)],
      };
    }
    if (act.type === 'done') {
      const view = c.view(act.activity);
      const detail = [
        view && act.activity.kind === 'routine'
          ? c.t('screen.finishDetail', {
              count: view.steps.length,
              minutes: minutes(c, totalSeconds(view)),
            })
          : '',
        c.summary.streakDays > 0 ? c.t('screen.streak', { count: c.summary.streakDays }) : '',
      ];
      return {
        headline: c.t('screen.finish', { name: writtenName(c, act.activity.id) }),
        detail: detail.filter(Boolean).join(' '),
        buttons: [],
      };
    }
    if (act.type === 'paused')
      return {
        headline: c.t('screen.paused'),
        detail: c.t('screen.pausedHint'),
        buttons: [button(c, TouchEvent.Resume)],
      };
    if (act.type === 'offer-start' || act.type === 'offer-resume')
      return {
        headline: c.t('screen.offer', { name: writtenName(c, act.activity.id) }),
        detail: c.t('screen.startHint'),
        buttons: [button(c, TouchEvent.Start)],
      };
  }
  return undefined;
}

function sources(
  c: RenderContext,
  data: Partial<ScreenData>,
  speech?: AnswerSpeech,
): ScreenSources {
  const properties = { before: '', chunk: '', after: '', ...speech };
  const said = (Object.keys(properties) as Array<keyof AnswerSpeech>).filter((k) => properties[k]);
  return {
    screen: {
      view: 'after',
      quiet: c.user.prefs.quiet,
      title: '',
      progress: '',
      step: '',
      buttons: [],
      labels: { sayHint: c.t('screen.sayHint') },
      after: { headline: '', detail: '', buttons: [] },
      ...data,
    },
    narration: {
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(properties).map(([k, v]) => [k, v ? `<speak>${v}</speak>` : '']),
      ) as unknown as AnswerSpeech,
      transformers: said.map((k) => ({
        inputPath: k,
        outputName: `${k}Speech`,
        transformer: 'ssmlToSpeech' as const,
      })),
    },
  };
}

function render(kind: ScreenKind, idleSeconds: number, datasources: ScreenSources): Directive {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: ScreenToken,
    document: screenDocument(kind, idleSeconds),
    datasources: datasources as unknown as Record<string, unknown>,
  } as Directive;
}

/**
 * The directives for this answer, or none when the screen has nothing new to show. With a part
 * playing, the answer's whole speech moves into the document, so that the device starts the
 * speech and the screen together; the caller then sends no outputSpeech.
 */
export function screenDirectives(
  outcome: Outcome,
  c: RenderContext,
  speech: AnswerSpeech,
): Directive[] {
  const played = outcome.acts.find((a) => a.type === 'play');
  const rest = played ? outcome.acts.slice(outcome.acts.indexOf(played) + 1) : outcome.acts;
  const afterView = after(c, rest);
  const at = played?.type === 'play' ? chunkAt(c, played.activity, played.position) : undefined;
  const exercise = at && c.catalog.exercises.get(at.step.exerciseId);
  if (played?.type !== 'play' || !at || !exercise) {
    if (!afterView) return [];
    const kind = outcome.acts.some((a) => a.type === 'done') ? 'finish' : 'next';
    const idle = estimateSsmlSeconds(speech.before, c.locale, 'alexa') + IdleAfterSpeech;
    return [render(kind, idle, sources(c, { after: afterView }))];
  }
  const kind = exercise.kind === 'breathing' ? 'breathing' : KindOf[exercise.kind];
  const words = screenWords(c, exercise);
  const spoken = (ssml: string) => (ssml ? estimateSsmlSeconds(ssml, c.locale, 'alexa') : 0);
  const idle =
    spoken(speech.before) + at.chunk.plannedSeconds + spoken(speech.after) + IdleAfterSpeech;
  const data = sources(
    c,
    {
      view: 'exercise',
      title: writtenName(c, exercise.id),
      progress: progress(c, played),
      step: words.step('movement', 0),
      buttons: [TouchEvent.Pause, TouchEvent.Repeat, TouchEvent.Next].map((e) => button(c, e)),
      after: afterView ?? { headline: '', detail: '', buttons: [] },
    },
    speech,
  );
  const commands = answerCommands(scheduleCommands(screenSchedule(at.chunk), words), {
    before: !!speech.before,
    after: !!speech.after,
  });
  return [
    render(kind, idle, data),
    {
      type: 'Alexa.Presentation.APL.ExecuteCommands',
      token: ScreenToken,
      commands,
    } as unknown as Directive,
  ];
}
