import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../ask-sdk';
import { BuiltIn, Intent } from '../ids';
import type { RoutineEvent } from '../routine/events';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { routineEventHandler } from './routine-event-handler';

/** Moving through a routine: the words people say with their eyes closed. */
const Moves: Record<string, RoutineEvent> = {
  [BuiltIn.Next]: { type: 'next' },
  [BuiltIn.Previous]: { type: 'previous' },
  [BuiltIn.Repeat]: { type: 'repeat' },
  [BuiltIn.StartOver]: { type: 'start-over' },
  [BuiltIn.Pause]: { type: 'pause' },
  [BuiltIn.Resume]: { type: 'resume' },
  [BuiltIn.Yes]: { type: 'yes' },
  [BuiltIn.No]: { type: 'no' },
  [Intent.Skip]: { type: 'skip' },
  [Intent.LeaveOut]: { type: 'leave-out' },
  [Intent.Pain]: { type: 'pain' },
};

export const navigationHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isIntent(i, ...Object.keys(Moves)),
      toEvent: (i) => Moves[getIntentName(i.requestEnvelope)],
    },
    deps,
  );
