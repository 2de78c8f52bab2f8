/** What the device says about its player in a request: our token, how far in, and its state. */
import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { parseToken, type PartToken } from './token';

export interface PlaybackContext extends PartToken {
  token: string;
  offsetMs: number;
  activity: PartToken['activity'];
  playerActivity?: string;
}

export function playbackContext(input: HandlerInput): PlaybackContext | undefined {
  const player = input.requestEnvelope.context?.AudioPlayer as
    interfaces.audioplayer.AudioPlayerState | undefined;
  const parsed = parseToken(player?.token);
  if (typeof player !== 'object') return undefined;
  if (!player || !parsed) return undefined;
  return {
    ...parsed,
    token: player.token!,
    // Device input: a number of milliseconds, or nothing usable.
    offsetMs: Number.isFinite(player.offsetInMilliseconds)
      ? Math.max(0, player.offsetInMilliseconds!)
      : 0,
    ...(typeof player.playerActivity === 'string' ? { playerActivity: player.playerActivity } : {}),
  };
}

/**
 * A request spoken while our audio plays or sits paused: Alexa sends the built-ins to the skill
 * that owns the player, in a new session. Inside one of our own sessions the words mean what
 * they mean in turn mode.
 */
export function duringPlayback(input: HandlerInput): PlaybackContext | undefined {
  const session = input.requestEnvelope.session;
  if (session && !session.new) return undefined;
  const ctx = playbackContext(input);
  if (!ctx || ctx.playerActivity === 'FINISHED' || ctx.playerActivity === 'IDLE') return undefined;
  return ctx;
}
