import { matcherFor } from '../support/device';

describe('number words in German and Spanish (console matching)', () => {
  it.each([
    ['de-DE', 'vier sekunden einatmen und sechs sekunden ausatmen', '4', '6'],
    ['es-ES', 'inhala cuatro segundos y exhala seis segundos', '4', '6'],
    ['es-MX', 'inhala en cinco y exhala en ocho', '5', '8'],
  ])('%s: "%s"', (locale, said, inhale, exhale) => {
    const m = matcherFor(locale).match(said);
    expect(m.intent).toBe('SetBreathingIntent');
    expect(m.slots).toMatchObject({ inhale: { value: inhale }, exhale: { value: exhale } });
  });
});
