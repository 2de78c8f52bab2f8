/**
 * AudioPlayer.* requests: the device reports what the player does. The resume point follows
 * (part and offset), the next part is queued on PlaybackNearlyFinished, and the last part's
 * PlaybackFinished counts the routine for the streak. Alexa lets no skill speak here.
 */
import type { RequestHandler } from 'ask-sdk-core';
import { getRequest, getRequestType } from '../ask-sdk';
import type { HandsFreeDependencies } from '../audio/hands-free';
import { audioTurn, planOf, playbackEvent } from '../audio/hands-free-turn';
import { parseToken } from '../audio/token';

interface PlayerRequest {
  type: string;
  token?: string;
  offsetInMilliseconds?: number;
  currentPlaybackState?: { offsetInMilliseconds?: number };
}

export const audioPlayerEventsHandler = (deps: HandsFreeDependencies): RequestHandler => ({
  canHandle: (i) => {
    const type: unknown = getRequestType(i.requestEnvelope);
    return typeof type === 'string' && type.startsWith('AudioPlayer.');
  },
  handle: async (input) => {
    const request = getRequest(input.requestEnvelope) as unknown as PlayerRequest;
    const token = parseToken(request.token);
    if (!token) return input.responseBuilder.getResponse();
    const turn = await audioTurn(input, deps);
    const plan = planOf(turn, token.activity);
    if (!plan || token.part >= plan.parts.length) return input.responseBuilder.getResponse();
    const offsets = [
      request.offsetInMilliseconds,
      request.currentPlaybackState?.offsetInMilliseconds,
    ];
    const offsetMs = offsets.find((n) => Number.isFinite(n) && n! >= 0) ?? 0;
    return playbackEvent(turn, plan, {
      type: request.type,
      token: request.token!,
      part: token.part,
      offsetMs,
    });
  },
});
