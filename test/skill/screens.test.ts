import { Device } from '../support/device';

describe('screens and cards', () => {
  it('shows the exercise and its steps on a device with a screen', async () => {
    const device = new Device({ screen: true });
    const { response } = await device.say('start my morning routine');
    const apl = response.response.directives?.find(
      (d) => d.type === 'Alexa.Presentation.APL.RenderDocument',
    );
    expect(apl).toMatchObject({
      datasources: {
        screen: {
          title: 'Warmth first (optional)',
          subtitle: expect.stringMatching(/exercise 1 of 6/),
        },
      },
    });
  });

  it('sends no APL to a device without a screen', async () => {
    const { response } = await new Device().say('start my morning routine');
    expect(response.response.directives ?? []).toEqual([]);
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
