import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../ask-sdk';
import { getCatalog } from '../content';
import { BuiltIn, Intent, Slot } from '../ids';
import type { Topic } from '../routine/events';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { routineEventHandler } from './routine-event-handler';
import { readSlot } from './slots';

/** Questions that never move the routine; each answer re-asks what was pending. */
const Topics: Record<string, Topic> = {
  [Intent.DescribeExercise]: 'describe',
  [Intent.TimeLeft]: 'time-left',
  [Intent.ListRoutines]: 'list-routines',
  [Intent.TodayPlan]: 'today-plan',
  [Intent.Progress]: 'progress',
  [Intent.SayAgain]: 'say-again',
  [BuiltIn.Help]: 'help',
  [BuiltIn.Fallback]: 'fallback',
};

export const questionsHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isIntent(i, ...Object.keys(Topics)),
      toEvent: (i) => {
        const topic = Topics[getIntentName(i.requestEnvelope)];
        // "How do I do cat cow": describe that one; else the exercise under way.
        const { id } = readSlot(i, Slot.Exercise);
        const { exercises } = getCatalog(i.requestEnvelope.request.locale);
        const named = topic === 'describe' && id && exercises.has(id) ? id : undefined;
        return { type: 'ask', topic, ...(named ? { exerciseId: named } : {}) };
      },
    },
    deps,
  );
