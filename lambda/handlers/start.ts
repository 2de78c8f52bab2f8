import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getCatalog } from '../content';
import { Intent, Slot } from '../ids';
import type { RoutineEvent } from '../routine/events';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { routineEventHandler } from './routine-event-handler';
import { readSlot } from './slots';

/** A routine by name, the name that matched nothing, or the list when no name was heard. */
export function startRoutineEvent(i: HandlerInput): RoutineEvent {
  const { id, heard } = readSlot(i, Slot.Routine);
  if (id && getCatalog(i.requestEnvelope.request.locale).routines.has(id))
    return { type: 'start', activity: { kind: 'routine', id } };
  if (heard) return { type: 'unknown-name', kind: 'routine', heard };
  return { type: 'ask', topic: 'list-routines' };
}

/** "Start my morning routine": a routine by name, or the list when no name was heard. */
export const startRoutineHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    { canHandle: (i) => isIntent(i, Intent.StartRoutine), toEvent: startRoutineEvent },
    deps,
  );

/** "Do a cat cow": one exercise, or the reason a move is left out on purpose. */
export const startExerciseHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isIntent(i, Intent.StartExercise),
      toEvent: (i): RoutineEvent => {
        const { id, heard } = readSlot(i, Slot.Exercise);
        const catalog = getCatalog(i.requestEnvelope.request.locale);
        if (id && catalog.exercises.has(id))
          return { type: 'start', activity: { kind: 'exercise', id } };
        if (id && catalog.avoided.has(id)) return { type: 'avoided-move', moveId: id };
        if (heard) return { type: 'unknown-name', kind: 'exercise', heard };
        return { type: 'ask', topic: 'list-routines' };
      },
    },
    deps,
  );
