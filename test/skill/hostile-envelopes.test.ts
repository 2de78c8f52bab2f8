/**
 * 5,000 generated hostile envelopes (seeded, so a failure replays) against the real skill:
 * none is rejected, none reaches the error handler, no answer reaches 8,000 characters, and
 * no turn takes 200 ms of CPU (HOSTILE_ENVELOPES sets another count).
 * CPU time (process.cpuUsage), not wall time: a bound on the work a turn does, which a loaded
 * machine does not change much.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createSkill } from '../../lambda/skill';
import { MemoryStore } from '../../lambda/store/memory-store';
import { MaxSsmlCharacters, ssmlProblems } from '../support/alexa-output';
import { Device } from '../support/device';
import { hostileEnvelope, seeded } from '../support/hostile';

const Envelopes = Number(process.env.HOSTILE_ENVELOPES) || 5000;
const MaxTurnCpuMs = 200;

/** Real sessions to start from: idle, under way in a routine, paused, a question pending. */
async function baseEnvelopes(store: MemoryStore): Promise<RequestEnvelope[]> {
  const bases: RequestEnvelope[] = [];
  for (const script of [
    ['open back stretch coach'],
    ['start the breathing routine'],
    ['start the bedside morning routine', 'pause'],
    ['start the lower back routine', 'that hurts'],
  ]) {
    const device = new Device({ store });
    for (const line of script) await device.say(line);
    const attributes = device.last!.response.sessionAttributes ?? {};
    const { launchRequest, newConversation } = await import('../../tools/lib/envelopes');
    bases.push(launchRequest(newConversation({ userId: device.userId, isNew: false, attributes })));
  }
  return bases;
}

function ssmlOf(r: ResponseEnvelope): string[] {
  const out = r.response?.outputSpeech as { ssml?: string } | undefined;
  const re = r.response?.reprompt?.outputSpeech as { ssml?: string } | undefined;
  return [out?.ssml, re?.ssml].filter((s): s is string => typeof s === 'string');
}

it(`answers ${Envelopes} hostile envelopes: no reject, none too long, each under ${MaxTurnCpuMs} ms CPU`, async () => {
  const store = new MemoryStore();
  const bases = await baseEnvelopes(store);
  const errors = new Map<string, number>();
  const skill = createSkill({
    store,
    clock: () => new Date('2026-11-23T07:00:00Z'),
    log: (e) => {
      if (e.event !== 'error') return;
      const key = `${String(e.message).slice(0, 80)} @ ${String(e.stack).split(' | ')[1]?.trim()}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    },
  });
  // Warm up: the first turns in each language load content and strings, and narrate plans.
  for (const locale of ['en-US', 'de-DE', 'es-MX'])
    for (const b of bases) {
      const e = structuredClone(b);
      (e.request as { locale: string }).locale = locale;
      await skill.invoke(e);
    }

  const random = seeded(14);
  const rejects: string[] = [];
  const tooLong: number[] = [];
  const invalid: string[] = [];
  const cpu: number[] = [];
  let spoken = 0;
  for (let i = 0; i < Envelopes; i++) {
    const envelope = hostileEnvelope(bases[i % bases.length], random);
    const start = process.cpuUsage();
    let r: ResponseEnvelope | undefined;
    try {
      r = await skill.invoke(envelope);
    } catch (e) {
      rejects.push(`#${i}: ${(e as Error).message}`);
    }
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
    if (!r) continue;
    if (r.response?.outputSpeech) spoken++;
    for (const ssml of ssmlOf(r)) {
      if (ssml.length >= MaxSsmlCharacters) tooLong.push(i);
      // Checking every answer with ssml-check costs more than the turns; every 10th is enough.
      if (i % 10 === 0) {
        const problems = await ssmlProblems(ssml);
        if (problems.length) invalid.push(`#${i}: ${problems.join('; ')}`);
      }
    }
  }
  const sorted = [...cpu].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.floor(q * (sorted.length - 1))].toFixed(1);
  console.log(
    `${Envelopes} hostile envelopes (${spoken} spoken answers): ${rejects.length} rejects, ` +
      `${tooLong.length} over ` +
      `${MaxSsmlCharacters} chars; CPU per turn median ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms`,
  );
  expect(rejects).toEqual([]);
  // Nothing hostile even reached the error handler: every field was refused at the edge.
  expect([...errors].map(([k, n]) => `${n} x ${k}`)).toEqual([]);
  expect(tooLong).toEqual([]);
  expect(invalid).toEqual([]);
  expect(cpu.filter((ms) => ms >= MaxTurnCpuMs)).toEqual([]);
}, 180_000);
