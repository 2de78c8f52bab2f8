/**
 * Echo Show touch targets (APL UserEvent): each sends the routine event its spoken word would,
 * so a touch and a word drive the same state machine.
 */
import type { RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { AplUserEvent, TouchEvent } from '../ids';
import type { RoutineEvent } from '../routine/events';
import type { TurnDependencies } from '../turn/run-turn';
import { isRequest } from './match';
import { routineEventHandler } from './routine-event-handler';

const Touches: Record<TouchEvent, RoutineEvent> = {
  [TouchEvent.Next]: { type: 'next' },
  [TouchEvent.Pause]: { type: 'pause' },
  [TouchEvent.Repeat]: { type: 'repeat' },
  [TouchEvent.Start]: { type: 'yes' },
  [TouchEvent.Resume]: { type: 'resume' },
};

function touched(request: unknown): TouchEvent | undefined {
  const args = (request as interfaces.alexa.presentation.apl.UserEvent).arguments;
  const first: unknown = Array.isArray(args) ? args[0] : undefined;
  return typeof first === 'string' && first in Touches ? (first as TouchEvent) : undefined;
}

export const touchHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isRequest(i, AplUserEvent) && !!touched(i.requestEnvelope.request),
      toEvent: (i) => Touches[touched(i.requestEnvelope.request)!],
    },
    deps,
  );
