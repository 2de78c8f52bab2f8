/**
 * While our audio plays (or sits paused), Alexa sends the built-ins without the invocation
 * name: pause, resume, next, previous, start over, repeat, loop, shuffle, stop, cancel, help.
 * Hardware buttons send PlaybackController events for the same. Each moves by exercise.
 */
import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../ask-sdk';
import type { HandsFreeDependencies } from '../audio/hands-free';
import { partForStep } from '../audio/hands-free';
import { audioTurn, planOf, transport, type Transport } from '../audio/hands-free-turn';
import { duringPlayback, playbackContext } from '../audio/playback-context';
import { BuiltIn } from '../ids';
import { isIntent } from './match';

const Words: Record<string, Transport> = {
  [BuiltIn.Pause]: 'pause',
  [BuiltIn.Resume]: 'resume',
  [BuiltIn.Next]: 'next',
  [BuiltIn.Previous]: 'previous',
  [BuiltIn.StartOver]: 'start-over',
  [BuiltIn.Repeat]: 'repeat',
  [BuiltIn.LoopOn]: 'loop',
  [BuiltIn.LoopOff]: 'loop',
  [BuiltIn.ShuffleOn]: 'shuffle',
  [BuiltIn.ShuffleOff]: 'shuffle',
  [BuiltIn.Stop]: 'stop',
  [BuiltIn.Cancel]: 'stop',
  [BuiltIn.Help]: 'help',
};

const Buttons: Record<string, Transport> = {
  'PlaybackController.PlayCommandIssued': 'resume',
  'PlaybackController.PauseCommandIssued': 'pause',
  'PlaybackController.NextCommandIssued': 'next',
  'PlaybackController.PreviousCommandIssued': 'previous',
};

function commandOf(i: Parameters<RequestHandler['canHandle']>[0]): Transport | undefined {
  const type = getRequestType(i.requestEnvelope);
  if (type === 'IntentRequest') {
    if (!isIntent(i, ...Object.keys(Words))) return undefined;
    const command = Words[getIntentName(i.requestEnvelope)];
    return duringPlayback(i) ? command : undefined;
  }
  return Buttons[type] && playbackContext(i) ? Buttons[type] : undefined;
}

export const handsFreeTransportHandler = (deps: HandsFreeDependencies): RequestHandler => ({
  canHandle: (i) => commandOf(i) !== undefined,
  handle: async (input) => {
    const command = commandOf(input)!;
    const player = playbackContext(input)!;
    const turn = await audioTurn(input, deps);
    const plan = planOf(turn, player.activity);
    if (!plan) return input.responseBuilder.addAudioPlayerStopDirective().getResponse();
    // Resume picks up where the stored point is (another device may have moved it on).
    const r = turn.user.resume;
    const stored =
      command === 'resume' && r?.audio && (r.routineId ?? r.exerciseId) === player.activity.id
        ? { part: partForStep(plan, r.stepIndex), offsetMs: r.audio.offsetMs }
        : undefined;
    const at = stored ?? {
      part: Math.min(player.part, plan.parts.length - 1),
      offsetMs: player.offsetMs,
    };
    // Buttons get no speech: nobody asked anything aloud.
    const spoken = getRequestType(input.requestEnvelope) === 'IntentRequest';
    return transport(turn, plan, at, command, spoken);
  },
});
