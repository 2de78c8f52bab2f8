import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../ask-sdk';
import { BreathingPatternId, HoldLengthId, Intent, PaceId, Slot } from '../ids';
import type { BreathingPattern } from '../narration/types';
import type { RoutineEvent } from '../routine/events';
import type { TurnDependencies } from '../turn/run-turn';
import { isIntent } from './match';
import { routineEventHandler } from './routine-event-handler';
import { readNumber, readSlot } from './slots';

const HoldScales: Record<string, number> = {
  [HoldLengthId.Longer]: 1.5,
  [HoldLengthId.Shorter]: 0.5,
  [HoldLengthId.Normal]: 1,
};

const Patterns: Record<string, BreathingPattern> = {
  [BreathingPatternId.Relaxed]: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  [BreathingPatternId.Box]: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
  [BreathingPatternId.FourSevenEight]: { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 },
};

/** Counts the narration can keep on a one-second beat. */
function validPattern(p: BreathingPattern): boolean {
  const within = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  return (
    within(p.inhale, 1, 10) &&
    within(p.exhale, 1, 12) &&
    within(p.holdIn, 0, 10) &&
    within(p.holdOut, 0, 10)
  );
}

function breathingEvent(i: HandlerInput): RoutineEvent {
  const named = readSlot(i, Slot.BreathingPattern).id;
  if (named && Patterns[named])
    return { type: 'preference', change: { key: 'breathing', value: Patterns[named] } };
  const inhale = readNumber(i, Slot.Inhale);
  const exhale = readNumber(i, Slot.Exhale);
  if (inhale === undefined || exhale === undefined) return { type: 'invalid-breathing' };
  const value = {
    inhale,
    exhale,
    holdIn: readNumber(i, Slot.HoldIn) ?? 0,
    holdOut: readNumber(i, Slot.HoldOut) ?? 0,
  };
  return validPattern(value)
    ? { type: 'preference', change: { key: 'breathing', value } }
    : { type: 'invalid-breathing' };
}

function toEvent(i: HandlerInput): RoutineEvent {
  switch (getIntentName(i.requestEnvelope)) {
    case Intent.SetPace: {
      const id = readSlot(i, Slot.Pace).id;
      const pace = Object.values(PaceId).find((p) => p === id);
      return pace
        ? { type: 'preference', change: { key: 'pace', value: pace } }
        : { type: 'ask', topic: 'fallback' };
    }
    case Intent.SetHoldLength: {
      const id = readSlot(i, Slot.HoldLength).id;
      return id && HoldScales[id] !== undefined
        ? { type: 'preference', change: { key: 'holdScale', value: HoldScales[id] } }
        : { type: 'ask', topic: 'fallback' };
    }
    case Intent.SetBreathing:
      return breathingEvent(i);
    case Intent.FlareOn:
      return { type: 'preference', change: { key: 'gentle', value: true } };
    case Intent.FlareOff:
      return { type: 'preference', change: { key: 'gentle', value: false } };
    case Intent.QuietOn:
      return { type: 'preference', change: { key: 'quiet', value: true } };
    default:
      return { type: 'preference', change: { key: 'quiet', value: false } };
  }
}

/** Preferences said at any time apply from the next chunk and are remembered. */
export const preferencesHandler = (deps: TurnDependencies): RequestHandler =>
  routineEventHandler(
    {
      canHandle: (i) =>
        isIntent(
          i,
          Intent.SetPace,
          Intent.SetHoldLength,
          Intent.SetBreathing,
          Intent.FlareOn,
          Intent.FlareOff,
          Intent.QuietOn,
          Intent.QuietOff,
        ),
      toEvent,
    },
    deps,
  );
