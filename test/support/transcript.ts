/**
 * Conversations as scripts:
 *
 *   U: open back stretch coach
 *   A: Welcome … Shall we start the bedside morning routine?
 *   U: yes
 *   A: The bedside morning routine … Ready? (open)
 *   U: <silence>                 the user says nothing: the session times out
 *   T: next                      the user touches "next" on the screen (APL UserEvent)
 *   -- 2 hours later             moves the device clock
 *   -- another device            the same user on another Echo
 *
 * An `A:` line lists fragments separated by `…` that must appear in order in what Alexa said
 * (case and spacing ignored); `(open)` / `(end)` assert the mic. A failure shows the script so
 * far and the whole answer.
 */
import { Device } from './device';
import { speechText } from './speech';

function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function includesInOrder(text: string, fragments: string[]): string | undefined {
  let from = 0;
  const hay = normal(text);
  for (const f of fragments) {
    const at = hay.indexOf(normal(f), from);
    if (at < 0) return f;
    from = at + normal(f).length;
  }
  return undefined;
}

const Units: Record<string, number> = {
  minute: 60e3,
  minutes: 60e3,
  hour: 3600e3,
  hours: 3600e3,
  day: 86400e3,
  days: 86400e3,
};

export async function transcript(script: string, start: Device = new Device()): Promise<Device> {
  let device = start;
  const seen: string[] = [];
  const lines = script
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  for (const line of lines) {
    seen.push(line);
    const fail = (why: string): never => {
      throw new Error(`${why}\n\nScript so far:\n  ${seen.join('\n  ')}`);
    };
    if (line.startsWith('U:')) {
      const said = line.slice(2).trim();
      if (said === '<silence>' && device.consentToken !== undefined)
        await device.answerConsent('NOT_ANSWERED', said);
      else if (said === '<silence>') await device.endSession('EXCEEDED_MAX_REPROMPTS');
      else if (said === '<quit>') await device.endSession('USER_INITIATED');
      else await device.say(said);
    } else if (line.startsWith('T:')) {
      await device.touch(line.slice(2).trim());
    } else if (line.startsWith('A:')) {
      let expect = line.slice(2).trim();
      const mic = /\((open|end)\)$/.exec(expect)?.[1];
      expect = expect.replace(/\((open|end)\)$/, '').trim();
      const turn = device.last;
      if (!turn) fail('An A: line before any U: line');
      const text = speechText(turn!.response);
      const missing = includesInOrder(
        text,
        expect
          .split('…')
          .map((f) => f.trim())
          .filter(Boolean),
      );
      if (missing !== undefined)
        fail(`Alexa's answer to "${turn!.said}" lacks "${missing}".\n\nAlexa said:\n  ${text}`);
      if (mic === 'open' && !device.sessionOpen)
        fail(`Expected the mic to stay open after "${turn!.said}"`);
      if (mic === 'end' && device.sessionOpen)
        fail(`Expected the session to end after "${turn!.said}"`);
    } else if (line.startsWith('--')) {
      const directive = line.slice(2).trim();
      const later = /^(\d+) (minutes?|hours?|days?) later$/.exec(directive);
      if (later) device.advanceClock(Number(later[1]) * Units[later[2]]);
      else if (directive === 'another device') device = device.another();
      else fail(`Unknown directive "${directive}"`);
    } else {
      fail(`Unknown line "${line}"`);
    }
  }
  return device;
}
