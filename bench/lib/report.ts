/** Turns the measurements into the tables `npm run bench` prints and the targets' verdicts. */
import type { ColdRun } from './cold-start';
import type { Machine } from './machine';
import type { PacingResult } from './pacing';
import type { RenderCost } from './render-cost';
import { median } from './stats';
import { kb, ms, verdict, type Row } from './table';
import type { WarmResult } from './warm-turns';

export interface Measurements {
  machine: Machine;
  bundles: Record<'skill' | 'hello', { bytes: number; gzipBytes: number }>;
  /** content/ as shipped beside index.js. */
  content: { bytes: number; gzipBytes: number; files: number };
  /** What one cold start reads of content/: the largest locale's file (or all of content/). */
  contentPerStart: { what: string; bytes: number };
  topPackages: Array<[string, number]>;
  /** Cold starts by case: skillNew, skillReturning, hello. */
  cold: Record<string, ColdRun[]>;
  coldSourceMaps?: Record<string, ColdRun[]>;
  warm: WarmResult;
  pacing?: PacingResult[];
  /** Hands-free audio rendered locally (espeak-ng + lame, spliced), when both are installed. */
  render?: RenderCost;
}

export interface Table {
  title: string;
  head: Row;
  rows: Row[];
}

const x = (ratio: number) => `${ratio.toFixed(2)}x`;
const kbps = (bytes: number, seconds: number) =>
  `${((bytes * 8) / seconds / 1000).toFixed(1)} kbps`;
const s = (v: number) => `${v.toFixed(2)} s`;
const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(2)} s`;
const coldMedian = (runs: ColdRun[], key: ColdKey) => median(runs.map((r) => r[key]));

/** A paced case is within ±0.5 s when its length, every hold, and every phrase onset are. */
export const pacedOk = (p: PacingResult) =>
  Math.abs(p.measured - p.planned) <= 0.5 &&
  p.holds.every(([plan, heard]) => Math.abs(heard - plan) <= 0.5) &&
  p.worstOnset <= 0.5;

type ColdKey = 'wall' | 'firstAnswer' | 'require' | 'handle' | 'handleCpu' | 'cpuToAnswer';

function coldRows(label: string, cold: Record<string, ColdRun[]>, all = true): Row[] {
  const keys: Array<[ColdKey, string]> = [
    ['wall', 'spawn to answer'],
    ['cpuToAnswer', 'CPU time to answer (boot included)'],
    ['firstAnswer', 'in-process to answer'],
    ['require', '  of which require'],
    ['handle', '  of which first request'],
    ['handleCpu', '  first request, CPU time'],
  ];
  return keys.slice(0, all ? keys.length : 1).map(([key, name]) => {
    const [n, r, h] = ['skillNew', 'skillReturning', 'hello'].map((c) => coldMedian(cold[c], key));
    return [`${label}${name}`, ms(n), ms(r), ms(h), x(n / h), x(r / h)];
  });
}

export function tables(m: Measurements): Table[] {
  const { bundles, warm } = m;
  const out: Table[] = [
    {
      title:
        'Bundle (esbuild as infra: node24, minify, sourcemap external, SDK clients external, cjs)',
      head: ['', 'skill', 'hello world', 'ratio'],
      rows: [
        [
          'index.js',
          kb(bundles.skill.bytes),
          kb(bundles.hello.bytes),
          x(bundles.skill.bytes / bundles.hello.bytes),
        ],
        [
          'index.js gzip',
          kb(bundles.skill.gzipBytes),
          kb(bundles.hello.gzipBytes),
          x(bundles.skill.gzipBytes / bundles.hello.gzipBytes),
        ],
        [`content/ beside it (${m.content.files} files)`, kb(m.content.bytes), '-', ''],
        ['content/ gzip', kb(m.content.gzipBytes), '-', ''],
        [
          `index.js + ${m.contentPerStart.what}`,
          kb(m.bundles.skill.bytes + m.contentPerStart.bytes),
          kb(bundles.hello.bytes),
          x(bundlePlusContent(m)),
        ],
        ...m.topPackages.map(([name, bytes]): Row => [`  skill: ${name}`, kb(bytes), '', '']),
      ],
    },
    {
      title: `Cold start (median of ${m.cold.hello.length} interleaved runs each)`,
      head: ['', 'new user', 'returning', 'hello world', 'new/hello', 'returning/hello'],
      rows: [
        ...coldRows('', m.cold),
        ...(m.coldSourceMaps ? coldRows('--enable-source-maps: ', m.coldSourceMaps, false) : []),
      ],
    },
    {
      title: `Warm turns (${warm.turns} turns, ${warm.users} users, ${warm.finished} routines finished, ${warm.errors} errors)`,
      head: ['', 'wall', 'cpu'],
      rows: [
        ['median per turn', ms(warm.medianMs, 3), ms(warm.cpuMedianMs, 3)],
        ['p99 per turn', ms(warm.p99Ms, 3), ms(warm.cpuP99Ms, 3)],
        ['max', ms(warm.maxMs), ''],
        ['peak RSS', `${warm.peakRssMb.toFixed(0)} MB`, ''],
      ],
    },
  ];
  if (m.pacing) {
    out.push({
      title: 'Pacing (espeak-ng profile; planned against the rendered WAV)',
      head: ['case', 'planned', 'measured', 'off', 'holds planned/heard', 'worst onset', ''],
      rows: m.pacing.map((p) => [
        p.name,
        s(p.planned),
        s(p.measured),
        signed(p.measured - p.planned),
        p.holds.map(([a, b]) => `${a.toFixed(1)}/${b.toFixed(2)}`).join(' ') || '-',
        s(p.worstOnset),
        verdict(pacedOk(p)),
      ]),
    });
  }
  if (m.render) {
    const r = m.render;
    const perMinute = (cpu: number, audio: number) => (cpu / (audio / 60)).toFixed(3);
    out.push({
      title: 'Hands-free render cost (bedside morning, en-US; parts spliced from MP3 phrases)',
      head: ['what', 'parts', 'audio', 'CPU', 'CPU s per audio minute', 'first part', 'all parts'],
      rows: [
        [
          'espeak-ng + lame per phrase, then splice (all CPU)',
          String(r.parts),
          s(r.audioSeconds),
          s(r.cpuSeconds),
          perMinute(r.cpuSeconds, r.audioSeconds),
          ms(r.firstPartMs),
          ms(r.wallMs),
        ],
        [
          `splice only, phrases in hand (node; Lambda's share), ${kbps(r.splice.bytes, r.splice.audioSeconds)}`,
          String(r.parts),
          s(r.splice.audioSeconds),
          s(r.splice.cpuSeconds),
          perMinute(r.splice.cpuSeconds, r.splice.audioSeconds),
          '-',
          ms(r.splice.wallMs),
        ],
      ],
    });
  }
  out.push({ title: 'Targets', head: ['target', 'measured', ''], rows: targets(m) });
  return out;
}

const bundlePlusContent = (m: Measurements) =>
  (m.bundles.skill.bytes + m.contentPerStart.bytes) / m.bundles.hello.bytes;

function targets(m: Measurements): Row[] {
  const hello = coldMedian(m.cold.hello, 'wall');
  const rows: Row[] = [];
  for (const [c, who] of [
    ['skillNew', 'new user'],
    ['skillReturning', 'returning user'],
  ]) {
    const ratio = coldMedian(m.cold[c], 'wall') / hello;
    rows.push([`spawn to answer <= 1.25x hello world, ${who}`, x(ratio), verdict(ratio <= 1.25)]);
  }
  for (const [c, who] of [
    ['skillNew', 'new user'],
    ['skillReturning', 'returning user'],
  ]) {
    const first = coldMedian(m.cold[c], 'handle');
    rows.push([`first request < 3 ms in process, ${who}`, ms(first, 2), verdict(first < 3)]);
  }
  const size = bundlePlusContent(m);
  rows.push(
    ["bundle + one locale's content < 2x hello world", x(size), verdict(size < 2)],
    ['warm p99 < 5 ms', ms(m.warm.p99Ms, 2), verdict(m.warm.p99Ms < 5)],
    ['RSS < 100 MB', `${m.warm.peakRssMb.toFixed(0)} MB`, verdict(m.warm.peakRssMb < 100)],
  );
  if (m.pacing) {
    const ok = m.pacing.filter(pacedOk).length;
    rows.push([
      'every paced case within ±0.5 s',
      `${ok}/${m.pacing.length}`,
      verdict(ok === m.pacing.length),
    ]);
  } else rows.push(['every paced case within ±0.5 s', 'espeak-ng not installed', 'SKIP']);
  return rows;
}
