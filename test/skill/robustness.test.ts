/** Odd request shapes get a polite, valid answer; nothing crashes; ids never reach the logs. */
import type { RequestEnvelope } from 'ask-sdk-model';
import { Intent, SkillEvent, SlotType } from '../../lambda/ids';
import { createSkill } from '../../lambda/skill';
import { MemoryStore } from '../../lambda/store/memory-store';
import {
  intentRequest,
  launchRequest,
  newConversation,
  sessionEndedRequest,
} from '../../tools/lib/envelopes';
import { assertValidResponse } from '../support/alexa-output';
import { Device } from '../support/device';
import { speechText } from '../support/speech';

function skill(log: (e: Record<string, unknown>) => void = () => undefined) {
  const store = new MemoryStore();
  return {
    store,
    skill: createSkill({ store, log, clock: () => new Date('2026-11-23T07:00:00Z') }),
  };
}

describe('robustness: odd requests', () => {
  it('answers an intent that arrives with no session at all', async () => {
    const envelope = intentRequest(newConversation(), Intent.ListRoutines);
    delete (envelope as Partial<RequestEnvelope>).session;
    const r = await skill().skill.invoke(envelope);
    await assertValidResponse(r);
    expect(speechText(r)).toMatch(/routines:/);
  });

  it.each(['xx-XX', 'fr-FR', ''])('answers in English for the locale %p', async (locale) => {
    const r = await skill().skill.invoke(launchRequest(newConversation({ locale })));
    await assertValidResponse(r);
    expect(speechText(r)).toMatch(/Welcome to Back Stretch Coach/);
  });

  it('treats an intent the skill does not know as a fallback', async () => {
    const r = await skill().skill.invoke(intentRequest(newConversation(), 'SomeOtherIntent'));
    await assertValidResponse(r);
    expect(speechText(r)).toMatch(/didn't catch/);
  });

  it('gives an empty answer to a request type it does not use', async () => {
    const envelope = launchRequest(newConversation());
    (envelope as { request: unknown }).request = {
      type: 'Display.ElementSelected',
      requestId: 'r',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
    };
    const r = await skill().skill.invoke(envelope);
    expect(r.response.outputSpeech).toBeUndefined();
  });

  it('starts nothing, and says so, when a routine name matched nothing', async () => {
    const device = new Device();
    await device.intent(Intent.StartRoutine, {
      routine: { value: 'the moonwalk', type: SlotType.Routine },
    });
    expect(speechText(device.last!.response)).toMatch(
      /I don't know a routine called the moonwalk\. You could try the bedside morning routine or the \w+/,
    );
  });

  it('explains an avoided move and offers the safer one', async () => {
    const device = new Device();
    await device.say('open back stretch coach');
    await device.say("let's do toe touches");
    expect(speechText(device.last!.response)).toMatch(
      /Toe touches: I leave that out on purpose\..*Would you like to do the .+ instead\?/,
    );
  });

  it('copes with missing slots and with numbers that make no breathing pattern', async () => {
    const device = new Device();
    await device.intent(Intent.StartRoutine);
    expect(speechText(device.last!.response)).toMatch(/routines:/);
    await device.intent(Intent.SetBreathing, { inhale: '40', exhale: '6' });
    expect(speechText(device.last!.response)).toMatch(/in for one to ten seconds/);
    await device.intent(Intent.SetPace);
    expect(speechText(device.last!.response)).toMatch(/didn't catch/);
  });

  it('never speaks in answer to SessionEndedRequest', async () => {
    const r = await skill().skill.invoke(sessionEndedRequest(newConversation(), 'ERROR'));
    expect(r.response.outputSpeech).toBeUndefined();
  });

  it('rejects requests for another skill when SKILL_ID is set', async () => {
    const s = createSkill({
      store: new MemoryStore(),
      skillId: 'amzn1.ask.skill.someone-else',
      log: () => undefined,
    });
    await expect(s.invoke(launchRequest(newConversation()))).rejects.toThrow(/skill id/i);
  });

  it('forgets the user when the skill is disabled', async () => {
    const device = new Device();
    await device.say('start my morning routine');
    expect(await device.store.get(device.userId)).toBeDefined();
    await device.skillEvent(SkillEvent.Disabled);
    expect(await device.store.get(device.userId)).toBeUndefined();
  });

  it('logs requests and responses without the user id in clear', async () => {
    const lines: string[] = [];
    const { skill: s } = skill((e) => lines.push(JSON.stringify(e)));
    const c = newConversation();
    await s.invoke(launchRequest(c));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join('\n')).not.toContain(c.userId);
    expect(lines[0]).toMatch(/"user":"[0-9a-f]{16}"/);
  });
});

describe('robustness: session attributes from another version', () => {
  it('drops a dialog state it does not know and answers from the stored record', async () => {
    const device = new Device();
    await device.say('start my morning routine');
    const c = newConversation({ userId: device.userId, isNew: false });
    c.attributes = { user: {}, dialog: { phase: 'dancing' } };
    const { skill: s } = skill();
    const r = await s.invoke(intentRequest(c, 'AMAZON.HelpIntent'));
    await assertValidResponse(r);
    expect(speechText(r)).toMatch(/You can say/);
  });
});
