/**
 * Hands-free mode, end to end on a simulated Echo: the utterance, the AudioPlayer directives,
 * the lifecycle requests the device sends, and what ends up in the user's record.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { parseToken } from '../../lambda/audio/token';
import { BuiltIn } from '../../lambda/ids';
import { Device } from '../support/device';
import { speechText } from '../support/speech';

interface Play {
  playBehavior: string;
  audioItem: {
    stream: {
      token: string;
      url: string;
      offsetInMilliseconds: number;
      expectedPreviousToken?: string;
    };
    metadata: { title: string; subtitle: string };
  };
}

function directives(r: ResponseEnvelope) {
  return (r.response.directives ?? []) as Array<{ type: string } & Partial<Play>>;
}
function playOf(r: ResponseEnvelope): Play | undefined {
  return directives(r).find((d) => d.type === 'AudioPlayer.Play') as Play | undefined;
}
const partOf = (p: Play | undefined) => parseToken(p?.audioItem.stream.token)?.part;

const oneShot = 'ask back stretch coach to play the bedside morning routine hands free';

describe('hands-free: one utterance plays a whole routine', () => {
  it('takes a new user through the bedside morning routine on one utterance', async () => {
    const device = new Device();
    const { response } = await device.say(oneShot);
    const said = speechText(response);
    expect(said).toMatch(/not a doctor/);
    expect(said).toMatch(/bedside morning routine, hands-free: 6 exercises/);
    // The disclaimer already ends on when to stop: no second safety line on first contact.
    expect(said).not.toMatch(/Move slowly, and stop if anything hurts sharply/);
    expect(response.response.shouldEndSession).toBe(true);
    const play = playOf(response)!;
    expect(play.playBehavior).toBe('REPLACE_ALL');
    expect(play.audioItem.metadata).toEqual({
      title: 'bedside morning routine',
      subtitle: 'warmth first, if you like',
    });

    await device.play();
    const requests = device.playerRequests;
    expect(requests.filter((r) => r === 'AudioPlayer.PlaybackFinished')).toHaveLength(6);
    expect(requests.filter((r) => r === 'AudioPlayer.PlaybackStarted')).toHaveLength(6);
    const record = await device.store.get(device.userId);
    expect(record?.history).toEqual([
      expect.objectContaining({ routineId: 'bedside-morning', date: '2026-11-23' }),
    ]);
    expect(record?.streak.days).toBe(1);
    expect(record?.resume).toBeUndefined();
    expect(record?.welcomed).toBe(true);
  });

  it('starts a routine with the same safety line as turn mode once the user is welcomed', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play();
    const { response } = await device.say(oneShot);
    const said = speechText(response);
    expect(said).not.toMatch(/not a doctor/);
    expect(said).toMatch(
      /hands-free: 6 exercises, about \d+ minutes\. Move slowly, and stop if anything hurts sharply\./,
    );
  });

  it('shares rendered parts with a second user who has the same settings', async () => {
    const first = new Device();
    await first.say(oneShot);
    await first.play();
    const rendered = first.audio.library.stats.renders;
    expect(rendered).toBe(6);
    const second = new Device({ audio: first.audio });
    await second.say(oneShot);
    await second.play();
    expect(first.audio.library.stats.renders).toBe(rendered);
    expect(first.audio.library.stats.hits).toBeGreaterThanOrEqual(6);
    // Slower pace is other audio: new files.
    const slower = new Device({ audio: first.audio });
    await slower.say('ask back stretch coach to go slower');
    await slower.say(oneShot);
    expect(first.audio.library.stats.renders).toBeGreaterThan(rendered);
  });

  it('pauses on "Alexa, pause" and offers to carry on hands-free at the next launch', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play(250); // into knee to chest rock, the third part
    const paused = await device.say('pause');
    expect(directives(paused.response).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    expect(paused.response.response.outputSpeech).toBeUndefined();
    const record = await device.store.get(device.userId);
    expect(record?.resume).toMatchObject({
      routineId: 'bedside-morning',
      exerciseId: 'knee-to-chest-rock',
      audio: { offsetMs: expect.any(Number) },
    });
    const offset = record!.resume!.audio!.offsetMs;
    expect(offset).toBeGreaterThan(0);

    device.advanceClock(2 * 3600e3);
    const launch = await device.say('open back stretch coach');
    expect(speechText(launch.response)).toMatch(
      /paused the bedside morning routine hands-free at knee to chest rock\. Shall I carry on hands-free/,
    );
    const yes = await device.say('yes');
    const play = playOf(yes.response)!;
    expect(partOf(play)).toBe(2);
    expect(play.audioItem.stream.offsetInMilliseconds).toBe(offset);
    await device.play();
    expect((await device.store.get(device.userId))?.history).toHaveLength(1);
  });

  it('resumes from the same second on "Alexa, resume"', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play(40);
    await device.say('pause');
    const resumed = await device.say('resume');
    const play = playOf(resumed.response)!;
    expect(partOf(play)).toBe(0);
    expect(play.audioItem.stream.offsetInMilliseconds).toBe(40_000);
  });

  it('moves by exercise on next, previous and start over', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play(10);
    expect(partOf(playOf((await device.say('next')).response))).toBe(1);
    await device.play(10);
    expect(partOf(playOf((await device.say('next')).response))).toBe(2);
    expect(partOf(playOf((await device.say('previous')).response))).toBe(1);
    expect(partOf(playOf((await device.say('start over')).response))).toBe(0);
    expect(partOf(playOf((await device.say('repeat')).response))).toBe(0);
  });

  it('queues each next part with the token it follows, and nothing after the last', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play();
    const queued = device.playerResponses.map(playOf).filter((p) => p !== undefined);
    expect(queued.map((p) => p.playBehavior)).toEqual([
      'ENQUEUE',
      'ENQUEUE',
      'ENQUEUE',
      'ENQUEUE',
      'ENQUEUE',
    ]);
    queued.forEach((p, i) => {
      expect(partOf(p)).toBe(i + 1);
      expect(parseToken(p.audioItem.stream.expectedPreviousToken)?.part).toBe(i);
    });
  });

  it('asks for the next part as soon as the first is buffered', async () => {
    const device = new Device();
    await device.say(oneShot);
    const token = device.player.state!.token;
    // The device asked for the next item as soon as the first was buffered.
    expect(device.playerRequests.slice(0, 2)).toEqual([
      'AudioPlayer.PlaybackStarted',
      'AudioPlayer.PlaybackNearlyFinished',
    ]);
    expect(parseToken(token)?.part).toBe(0);
  });

  it.each([
    [BuiltIn.LoopOn, /nothing to repeat on a loop/],
    [BuiltIn.LoopOff, /nothing to repeat on a loop/],
    [BuiltIn.ShuffleOn, /keep them in order/],
    [BuiltIn.ShuffleOff, /keep them in order/],
    [BuiltIn.Help, /Alexa, pause/],
  ])('answers %s gracefully while playing, and keeps playing', async (intent, words) => {
    const device = new Device();
    await device.say(oneShot);
    const { response } = await device.intent(intent);
    expect(speechText(response)).toMatch(words);
    expect(directives(response)).toEqual([]);
    expect(device.player.playing).toBe(true);
  });

  it('stops on cancel and keeps the place', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play(30);
    const { response } = await device.say('cancel');
    expect(directives(response).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    expect(speechText(response)).toMatch(/Alexa, resume/);
    expect((await device.store.get(device.userId))?.resume?.audio?.offsetMs).toBe(30_000);
  });

  it('stops the audio on "that hurts", gives the pain advice and offers to leave the move out', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play(250);
    const { response } = await device.say('tell back stretch coach that hurts');
    expect(directives(response).map((d) => d.type)).toContain('AudioPlayer.Stop');
    expect(speechText(response)).toMatch(/Stop .*knee to chest rock/i);
    expect(response.response.shouldEndSession).toBe(false);
    expect(device.player.playing).toBe(false);
    await device.say('yes');
    expect((await device.store.get(device.userId))?.prefs.leaveOut).toEqual(['knee-to-chest-rock']);
  });

  it('falls back to turn mode with an apology when playback fails, losing nothing', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play(250);
    device.audio.load = () => Promise.reject(new Error('stream unreachable'));
    await device.say('next');
    expect(device.playerRequests).toContain('AudioPlayer.PlaybackFailed');
    expect((await device.store.get(device.userId))?.resume).toMatchObject({
      exerciseId: 'cat-cow-in-bed',
      audio: { failed: true },
    });
    const launch = await device.say('open back stretch coach');
    expect(speechText(launch.response)).toMatch(/Sorry, the audio .* stopped playing/);
    expect(speechText(launch.response)).toMatch(/cat cow in bed/);
    const yes = await device.say('yes');
    expect(playOf(yes.response)).toBeUndefined();
    expect(speechText(yes.response)).toMatch(/Cat cow in bed/);
  });

  it.each([
    [
      'de-DE',
      'öffne rücken coach',
      'spiele die morgenroutine im bett freihändig ab',
      /Jetzt freihändig: Morgenroutine im Bett, 6 Übungen/,
    ],
    [
      'es-ES',
      'abre entrenador de espalda',
      'modo manos libres',
      /en modo manos libres: 6 ejercicios/,
    ],
  ])('plays hands-free in %s', async (locale, open, play, words) => {
    const device = new Device({ locale });
    await device.say(open);
    const { response } = await device.say(play);
    expect(speechText(response)).toMatch(words);
    expect(playOf(response)?.playBehavior).toBe('REPLACE_ALL');
  });

  it('goes turn by turn on a device without an audio player, and says why', async () => {
    const device = new Device({ audioPlayer: false });
    const { response } = await device.say(oneShot);
    expect(speechText(response)).toMatch(/can't play long audio.*belly breathing in bed/i);
    expect(playOf(response)).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('plays "start X" hands-free once the preference is on', async () => {
    const device = new Device();
    await device.say('open back stretch coach');
    const set = await device.say('always play hands free');
    expect(speechText(set.response)).toMatch(/routines play hands-free/);
    const start = await device.say('start my morning routine');
    expect(playOf(start.response)?.playBehavior).toBe('REPLACE_ALL');
    const off = new Device({ store: device.store, userId: device.userId, audio: device.audio });
    await off.say('open back stretch coach');
    await off.say('turn off hands free');
    const turnMode = await off.say('start my morning routine');
    expect(playOf(turnMode.response)).toBeUndefined();
  });

  it('answers the device buttons like the words, without speech', async () => {
    const device = new Device();
    await device.say(oneShot);
    await device.play(5);
    const next = await device.button('PlaybackController.NextCommandIssued');
    expect(partOf(playOf(next))).toBe(1);
    expect(next.response.outputSpeech).toBeUndefined();
    const pause = await device.button('PlaybackController.PauseCommandIssued');
    expect(directives(pause).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    const play = await device.button('PlaybackController.PlayCommandIssued');
    expect(partOf(playOf(play))).toBe(1);
  });
});
