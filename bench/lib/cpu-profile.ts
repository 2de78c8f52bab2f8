/**
 * Reads V8 CPU profiles of cold starts (node --cpu-prof) and says where the time went, per
 * phase (require, first request), in the source's own terms: bundle frames are mapped back
 * through the bundle's source map to the project file or npm package they came from.
 */
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where one phase's time went: self time by place, inclusive time by function and package. */
export interface PhaseProfile {
  /** µs sampled inside the phase. */
  total: number;
  /** Self time by place: a project file, an npm package, a Node module, or V8's own work. */
  self: Map<string, number>;
  /** Time inside each project function (callees included), counted once per sample. */
  inclusive: Map<string, number>;
  /** Time inside each npm package and each Node built-in module's loading, callees included. */
  modules: Map<string, number>;
}

/** Where a frame is: `lambda/content/index.ts`, `i18next`, `node:fs`, `(program)`, ... */
interface Place {
  place: string;
  /** The function as written, `name (file)`; only for project code. */
  fn?: string;
  /** The npm package, or `load node:x` for a built-in module's top level. */
  module?: string;
}

const maps = new Map<string, SourceMap | undefined>();

function sourceMapOf(url: string): SourceMap | undefined {
  if (!maps.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    maps.set(
      url,
      fs.existsSync(file) ? new SourceMap(JSON.parse(fs.readFileSync(file, 'utf8'))) : undefined,
    );
  }
  return maps.get(url);
}

function placeOf(frame: CallFrame): Place {
  const { url, functionName } = frame;
  if (!url) return { place: functionName.startsWith('(') ? functionName : 'V8/Node native' };
  if (url.startsWith('node:')) {
    const place = url.replace(/^node:internal\//, 'node:');
    const topLevel = !functionName && frame.lineNumber === 0 && frame.columnNumber === 0;
    return { place, ...(topLevel ? { module: `load ${place}` } : {}) };
  }
  const map = url.startsWith('file:') ? sourceMapOf(url) : undefined;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string; name?: string } | undefined;
  if (!entry?.originalSource) return { place: url.replace(/^.*\//, '') };
  const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return { place: pkg[1], module: pkg[1] };
  const name = entry.name ?? (functionName || '(anonymous)');
  return { place: source, fn: `${name} (${source.replace(/^lambda\//, '')})` };
}

const bump = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/**
 * Splits one profile at `marks` (monotonic µs: before require, after require, after the
 * answer) and attributes each sample to its frames. A sample lasts until the next one.
 */
export function profilePhases(file: string, marks: readonly number[]): PhaseProfile[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const places = new Map<number, Place>();
  const placeOfNode = (id: number) => {
    let p = places.get(id);
    if (!p) places.set(id, (p = placeOf(nodes.get(id)!.callFrame)));
    return p;
  };
  const phases = marks.slice(1).map((): PhaseProfile => ({
    total: 0,
    self: new Map(),
    inclusive: new Map(),
    modules: new Map(),
  }));
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const duration = profile.timeDeltas[i + 1] ?? 0;
    const phase = marks.findIndex((m, k) => k > 0 && t >= marks[k - 1] && t < m) - 1;
    if (phase < 0) return;
    const out = phases[phase];
    out.total += duration;
    bump(out.self, placeOfNode(id).place, duration);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const { fn, module } = placeOfNode(n);
      if (fn && !seen.has(fn)) {
        seen.add(fn);
        bump(out.inclusive, fn, duration);
      }
      if (module && !seen.has(module)) {
        seen.add(module);
        bump(out.modules, module, duration);
      }
    }
  });
  return phases;
}

/** The mean of several runs' phase profiles, in ms. */
export function meanPhase(runs: PhaseProfile[]): PhaseProfile {
  const k = runs.length * 1000;
  const out: PhaseProfile = { total: 0, self: new Map(), inclusive: new Map(), modules: new Map() };
  for (const r of runs) {
    out.total += r.total / k;
    for (const [p, v] of r.self) bump(out.self, p, v / k);
    for (const [f, v] of r.inclusive) bump(out.inclusive, f, v / k);
    for (const [f, v] of r.modules) bump(out.modules, f, v / k);
  }
  return out;
}

/** The largest entries of a map, largest first. */
export const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
