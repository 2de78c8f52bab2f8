/**
 * Warm turns: many simulated users go through whole routines in one process, through the same
 * createSkill the Lambda uses, on the in-memory store. Bundled and run in its own `node`
 * process by the bench, so the peak RSS is this work's alone and the code is the shipped build.
 * Prints one line: `@warm {...}`.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { listRoutines } from '../../lambda/content';
import { createSkill } from '../../lambda/skill';
import { MemoryStore } from '../../lambda/store/memory-store';
import { simulatedUser, type RoutineName } from './simulated-user';

type User = AsyncGenerator<RequestEnvelope, { finished: boolean }, ResponseEnvelope | undefined>;

/** A small seeded generator (mulberry32), so every run sends the same conversation. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const [turnsWanted, warmup, concurrent] = [10_000, 300, 50];
  const random = seeded(9);
  let simNow = Date.parse('2025-03-03T06:30:00Z');
  const now = () => new Date(simNow).toISOString();
  const store = new MemoryStore();
  let errors = 0;
  // Serialised like the console logger, so each turn pays for its log line, but not written.
  const log = (entry: Record<string, unknown>) => {
    if (entry.event === 'error') errors++;
    JSON.stringify(entry);
  };
  const skill = createSkill({ store, clock: () => new Date(simNow), log });
  const routines: RoutineName[] = listRoutines().map((r) => ({
    id: r.id,
    spoken: r.spokenName.en,
  }));
  const newUser = (): User =>
    simulatedUser(routines[Math.floor(random() * routines.length)], random, now);

  const users: Array<{ user: User; reply?: ResponseEnvelope }> = [];
  for (let i = 0; i < concurrent; i++) users.push({ user: newUser() });
  const [times, cpuTimes]: number[][] = [[], []];
  let [turns, finished, abandoned, usersStarted] = [0, 0, 0, concurrent];
  while (times.length < turnsWanted) {
    const slot = users[turns % concurrent];
    const step = await slot.user.next(slot.reply);
    if (step.done) {
      if (step.value.finished) finished++;
      else abandoned++;
      slot.user = newUser();
      slot.reply = undefined;
      usersStarted++;
      continue;
    }
    const [started, cpu] = [process.hrtime.bigint(), process.cpuUsage()];
    slot.reply = await skill.invoke(step.value);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const used = process.cpuUsage(cpu);
    if (turns >= warmup) {
      times.push(ms);
      // CPU time is blind to waiting for a core, which a busy shared machine adds to wall time.
      cpuTimes.push((used.user + used.system) / 1000);
    }
    turns++;
    // Spoken answers take a minute or two; let the simulated day move on.
    simNow += 45_000;
  }
  const result = {
    times,
    cpuTimes,
    warmup,
    finished,
    abandoned,
    users: usersStarted,
    errors,
    stored: store.size,
    maxRssKb: process.resourceUsage().maxRSS,
    heapUsed: process.memoryUsage().heapUsed,
  };
  process.stdout.write(`@warm ${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`@error ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
