import type { RequestHandler } from 'ask-sdk-core';
import { Intent } from '../ids';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { routineEventHandler } from './routine-event-handler';

/** "Always play hands-free" / "turn off hands-free": the preference behind "start X". */
export const handsFreePreferenceHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) => isIntent(i, Intent.HandsFreeOn, Intent.HandsFreeOff),
      toEvent: (i) => ({
        type: 'preference',
        change: { key: 'handsFree', value: isIntent(i, Intent.HandsFreeOn) },
      }),
    },
    deps,
  );
