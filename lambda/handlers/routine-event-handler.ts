/**
 * The shape shared by every dialog handler: match a request, turn it into a routine event,
 * run the turn. Handlers differ only in those two small functions.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { RoutineEvent } from '../routine/events';
import { runTurn, type TurnDependencies } from '../turn/run-turn';

export interface EventHandlerSpec {
  canHandle(input: HandlerInput): boolean;
  toEvent(input: HandlerInput): RoutineEvent;
}

export function routineEventHandler(
  spec: EventHandlerSpec,
  deps: TurnDependencies,
): RequestHandler {
  return {
    canHandle: spec.canHandle,
    handle: (input) => runTurn(input, spec.toEvent(input), deps),
  };
}
