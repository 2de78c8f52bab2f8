import type { ResponseEnvelope } from 'ask-sdk-model';
import type { AplCommand } from '../../lambda/screen/commands';
import type { ScreenSources } from '../../lambda/screen/types';
import { Device } from '../support/device';
import { speechText } from '../support/speech';
import { transcript } from '../support/transcript';

function screenOf(r: ResponseEnvelope) {
  const all = r.response.directives ?? [];
  const render = all.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    { document: { settings: { idleTimeout: number } }; datasources: ScreenSources } | undefined;
  const commands = all.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands');
  return { render, commands, data: render?.datasources.screen };
}

describe('screens and cards', () => {
  it('shows the exercise, where it sits in the routine and the time left', async () => {
    const device = new Device({ screen: true });
    const { response } = await device.say('start my morning routine');
    expect(screenOf(response).data).toMatchObject({
      view: 'exercise',
      title: 'Warmth first (optional)',
      progress: expect.stringMatching(/exercise 1 of 6 · about \d+ minutes left/),
      buttons: [
        { label: 'Pause', event: 'pause' },
        { label: 'Repeat', event: 'repeat' },
        { label: 'Next', event: 'next' },
      ],
      after: { headline: 'Next: Belly breathing in bed', buttons: [{ event: 'start' }] },
    });
  });

  it('speaks the answer from the document, so speech and screen start together', async () => {
    const device = new Device({ screen: true });
    const { response } = await device.say('start my morning routine');
    const { render, commands } = screenOf(response);
    expect(response.response.outputSpeech).toBeUndefined();
    expect(render?.datasources.narration.transformers).toEqual([
      { inputPath: 'before', outputName: 'beforeSpeech', transformer: 'ssmlToSpeech' },
      { inputPath: 'chunk', outputName: 'chunkSpeech', transformer: 'ssmlToSpeech' },
      { inputPath: 'after', outputName: 'afterSpeech', transformer: 'ssmlToSpeech' },
    ]);
    // The chunk's SpeakItem and the screen's schedule run in one Parallel.
    const [sequential] = (commands as unknown as { commands: AplCommand[] }).commands;
    const parallel = (sequential.commands as AplCommand[]).find((c) => c.type === 'Parallel')!;
    const inParallel = parallel.commands as AplCommand[];
    expect(inParallel[0]).toEqual({ type: 'SpeakItem', componentId: 'sayChunk' });
    expect(inParallel.length).toBeGreaterThan(1);
    // The reprompt still closes the answer, and the screen outlasts the speech.
    expect(response.response.reprompt).toBeDefined();
    expect(speechText(response)).toMatch(/The bedside morning routine.*Ready\?$/);
    expect(render!.document.settings.idleTimeout).toBeGreaterThan(100_000);
  });

  it('sends no APL to a device without a screen', async () => {
    const { response } = await new Device().say('start my morning routine');
    expect(response.response.directives ?? []).toEqual([]);
    expect(response.response.outputSpeech).toBeDefined();
  });

  it('shows the summary and the streak at the finish', async () => {
    const device = new Device({ screen: true });
    await device.say('start the breathing routine');
    let last = device.last!;
    for (let i = 0; i < 10 && device.sessionOpen; i++) last = await device.say('yes');
    const { data } = screenOf(last.response);
    expect(data?.after.headline).toMatch(/^Well done: /);
    expect(data?.after.detail).toMatch(/exercises?, about .*Day one of your streak\./);
  });

  it('leaves the description in the Alexa app as a card', async () => {
    const device = new Device();
    await device.say('start my morning routine');
    await device.say('next');
    const { response } = await device.say('how do I do this');
    expect(response.response.card).toMatchObject({
      type: 'Simple',
      content: expect.stringMatching(/^Belly breathing in bed\. .*Lie on your back in bed\./),
    });
  });
});

describe('touch drives the same routine as voice', () => {
  const script = (start: string, pause: string, resume: string, repeat: string, next: string) => `
    U: start my morning routine
    A: The bedside morning routine … Warmth first, if you like … Next is belly breathing in bed. Ready? (open)
    U: next
    A: Belly breathing in bed … Next is knee to chest rock. Ready? (open)
    ${start}
    A: Knee to chest rock … 1 of 3 … And lower the foot to the bed. … Next, the other side. Ready? (open)
    ${pause}
    A: Paused. Say resume when you're ready. (open)
    ${resume}
    A: Picking up where you left off. Now the right side … Next is cat cow in bed. Ready? (open)
    ${repeat}
    A: Now the right side … 3 of 3 … And lower the foot to the bed. … Next is cat cow in bed. Ready? (open)
    ${next}
    A: Cat cow in bed … Next is pelvic tilt in bed. Ready? (open)
  `;

  it('by voice', async () => {
    await transcript(
      script('U: yes', 'U: pause', 'U: resume', 'U: repeat', 'U: next'),
      new Device({ screen: true }),
    );
  });

  it('by touch, with the same answers', async () => {
    await transcript(
      script('T: start', 'T: pause', 'T: resume', 'T: repeat', 'T: next'),
      new Device({ screen: true }),
    );
  });

  it('ignores a touch it does not know, without moving the routine', async () => {
    const device = new Device({ screen: true });
    await device.say('start my morning routine');
    const { response } = await device.touch('launch-missiles');
    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.directives ?? []).toEqual([]);
  });
});
