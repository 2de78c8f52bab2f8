/** The machine the numbers come from: they mean little without it. */
import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  load: number;
}

export function describeMachine(): Machine {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpuModel = line.split(':')[1].trim();
  } catch {
    // Not Linux: os.cpus() is good enough.
  }
  return {
    cpus: os.availableParallelism(),
    cpuModel,
    memoryGb: os.totalmem() / 2 ** 30,
    node: process.version,
    load: os.loadavg()[0],
  };
}
