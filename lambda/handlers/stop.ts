import type { RequestHandler } from 'ask-sdk-core';
import { BuiltIn } from '../ids';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { routineEventHandler } from './routine-event-handler';

/** Stop, Cancel and Navigate Home end politely and keep the user's place. */
export const stopHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isIntent(i, BuiltIn.Stop, BuiltIn.Cancel, BuiltIn.NavigateHome),
      toEvent: () => ({ type: 'stop' }),
    },
    deps,
  );
