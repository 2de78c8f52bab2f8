/**
 * "Alexa, tell back stretch coach that hurts" while the audio plays: the audio stops at once,
 * the place is kept, and the user hears today's pain advice and the offer to leave the move
 * out, exactly as in turn mode.
 */
import type { RequestHandler } from 'ask-sdk-core';
import { audioResume, type HandsFreeDependencies } from '../audio/hands-free';
import { audioTurn, planOf, save } from '../audio/hands-free-turn';
import { duringPlayback } from '../audio/playback-context';
import { Intent } from '../ids';
import { setSessionAttributes } from '../turn/attributes';
import { runTurn } from '../turn/run-turn';
import { isIntent } from './match';

export const handsFreePainHandler = (deps: HandsFreeDependencies): RequestHandler => ({
  canHandle: (i) => isIntent(i, Intent.Pain) && !!duringPlayback(i),
  handle: async (input) => {
    const player = duringPlayback(input)!;
    const turn = await audioTurn(input, deps);
    const plan = planOf(turn, player.activity);
    if (plan) {
      const part = Math.min(player.part, plan.parts.length - 1);
      const resume = audioResume(plan, part, player.offsetMs, turn.now);
      const user = await save(turn, { ...turn.user, resume });
      // The move was being done when it hurt: turn mode then offers to leave it out.
      setSessionAttributes(input, {
        user,
        timeZone: turn.timeZone,
        dialog: {
          phase: 'active',
          activity: player.activity,
          position: { stepIndex: resume.stepIndex, chunkIndex: 0 },
        },
      });
    }
    const response = await runTurn(input, { type: 'pain' }, deps);
    return {
      ...response,
      directives: [...(response.directives ?? []), { type: 'AudioPlayer.Stop' }],
    };
  },
});
