import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName } from 'ask-sdk-core';
import { BuiltIn, Intent } from '../ids';
import type { Topic } from '../routine/events';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { routineEventHandler } from './routine-event-handler';

/** Questions that never move the routine; each answer re-asks what was pending. */
const Topics: Record<string, Topic> = {
  [Intent.DescribeExercise]: 'describe',
  [Intent.TimeLeft]: 'time-left',
  [Intent.ListRoutines]: 'list-routines',
  [Intent.TodayPlan]: 'today-plan',
  [Intent.Progress]: 'progress',
  [BuiltIn.Help]: 'help',
  [BuiltIn.Fallback]: 'fallback',
};

export const questionsHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isIntent(i, ...Object.keys(Topics)),
      toEvent: (i) => ({ type: 'ask', topic: Topics[getIntentName(i.requestEnvelope)] }),
    },
    deps,
  );
