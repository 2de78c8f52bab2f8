/**
 * An answer with a screen stays within Alexa's response size: the document, its data (the
 * whole speech moves into it) and the schedule's commands, for every routine at the slower
 * pace in German (the longest words, the most answers). The limit asserted is the strict one
 * older Alexa documentation gives (24 KB); current documentation allows 120 KB.
 */
import { getCatalog } from '../../lambda/content';
import { Intent, Slot, SlotType } from '../../lambda/ids';
import { Device } from '../support/device';

const StrictLimit = 24_000;

describe('screen answers stay within the response size', () => {
  it.each(getCatalog().routineOrder)('every answer of %s, slower, in German', async (id) => {
    const device = new Device({ screen: true, locale: 'de-DE' });
    await device.intent(Intent.SetPace, {
      [Slot.Pace]: { value: 'langsamer', id: 'slower', type: SlotType.Pace },
    });
    let turn = await device.intent(Intent.StartRoutine, {
      [Slot.Routine]: { value: id, id, type: SlotType.Routine },
    });
    const sizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      if (turn.response.response.directives?.length)
        sizes.push(Buffer.byteLength(JSON.stringify(turn.response)));
      if (!device.sessionOpen) break;
      turn = await device.say('ja');
    }
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThan(StrictLimit);
  });
});
