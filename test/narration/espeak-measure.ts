/**
 * Measuring narration with espeak-ng for the calibration and check scripts (not for jest: it
 * renders hundreds of WAVs). Renders run two at a time (the machine's cores are shared) and are
 * cached by SSML under /tmp, so a second run only renders what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Chunk } from '../../lambda/narration';
import { renderWavAsync, speechSpans, wavSeconds } from '../../tools/lib/espeak';

const dir = '/tmp/espeak-measure';
const cacheFile = join(dir, 'renders.json');
mkdirSync(dir, { recursive: true });
const cache: Record<string, Render> = existsSync(cacheFile)
  ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, Render>)
  : {};

/** Writes the cache; call once when a script is done. */
export function saveCache(): void {
  writeFileSync(cacheFile, JSON.stringify(cache));
}

const inFlight = new Map<string, Promise<Render>>();
let running = 0;
const waiting: Array<() => void> = [];
const Concurrency = 2;

async function slot<T>(job: () => Promise<T>): Promise<T> {
  if (running >= Concurrency) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await job();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** A render: its length and its audible bursts (10 ms frames, gaps under 0.05 s joined). */
export interface Render {
  seconds: number;
  spans: Array<[number, number]>;
}

/** Renders `body` (SSML without <speak>) with espeak-ng, or takes it from the cache. */
export async function render(body: string, locale: string): Promise<Render> {
  const key = createHash('sha1').update(`${locale}\n${body}`).digest('hex');
  if (cache[key]) return cache[key];
  // The same SSML asked for twice at once is rendered once (both would write one file).
  const pending = inFlight.get(key);
  if (pending) return pending;
  const job = slot(async () => {
    const file = join(dir, `${key}.wav`);
    await renderWavAsync(body, locale, file);
    const r = { seconds: wavSeconds(file), spans: speechSpans(file, 0.05) };
    rmSync(file);
    return r;
  });
  inFlight.set(key, job);
  const result = await job;
  inFlight.delete(key);
  cache[key] = result;
  return result;
}

/**
 * How long each phrase of a chunk takes where the chunk says it: from its onset to the next
 * phrase's onset, less the break between them (the last phrase runs to the end of the file, so
 * espeak-ng's end tail is its). The chunk is rendered once; a phrase's onset is the burst that
 * follows a silence at least as long as most of the break before it, nearest to where the
 * previous onset and the plan put it (phrases have pauses of their own inside).
 * The times add up exactly to the chunk's measured length.
 */
export async function phraseSeconds(
  chunk: Pick<Chunk, 'ssml' | 'timeline'>,
  locale: string,
): Promise<number[]> {
  const { seconds, spans } = await render(chunk.ssml, locale);
  const phrases: Array<{ planned: number; pause: number }> = [];
  for (const s of chunk.timeline) {
    if (s.kind === 'speech') phrases.push({ planned: s.seconds, pause: 0 });
    else phrases[phrases.length - 1].pause += s.seconds;
  }
  const onsets = [spans[0]?.[0] ?? 0];
  for (let i = 1; i < phrases.length; i++) {
    const { planned, pause } = phrases[i - 1];
    const guess = onsets[i - 1] + planned + pause;
    const candidates = spans.filter(
      ([start], k) => start > onsets[i - 1] && k > 0 && start - spans[k - 1][1] >= 0.7 * pause,
    );
    const best = candidates.reduce(
      (b, c) => (Math.abs(c[0] - guess) < Math.abs(b[0] - guess) ? c : b),
      candidates[0] ?? [guess, guess],
    );
    onsets.push(best[0]);
  }
  // From time 0, not the first onset: the file's lead-in belongs to the first phrase.
  return phrases.map((p, i) => (onsets[i + 1] ?? seconds) - (i ? onsets[i] : 0) - p.pause);
}
