/**
 * What a coach says about safety before a move, without nagging: the move's own stop-if
 * caution the first few times a person does it and every time on a flare day, and who should
 * leave it out (avoidIf) the very first time.
 */
import type { Exercise } from '../content/schema';

/** Finished sessions of an exercise during which its stop-if caution is still said. */
export const CautionSessions = 3;

export interface SpokenCautions {
  stop: boolean;
  avoidIf: boolean;
}

/** `sessions` undefined: no progress record (tools, tables): only the flare-day caution. */
export function cautionsFor(
  exercise: Exercise,
  sessions: number | undefined,
  flare: boolean,
): SpokenCautions {
  const firstEver = sessions === 0;
  return {
    stop: flare || (sessions !== undefined && sessions < CautionSessions),
    avoidIf: firstEver && exercise.avoidIf.en.length > 0,
  };
}
