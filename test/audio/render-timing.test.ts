/**
 * Renders the bedside morning routine hands-free with espeak-ng, at default settings and
 * whispered (quiet mode), each phrase encoded by LAME into MP3 shaped like Polly's, then
 * spliced frame by frame (the code Lambda runs). Decodes every MP3 and measures it: each
 * phrase's onset against the plan, and every hold window (end of the hold cue's sound to the
 * start of "And release") against the hold, within ±0.1 s. Onsets cover the breathing counts
 * and the countdown beats. Every file must also be one clean constant-bitrate stream as long
 * as its plan. Skipped, with a message, without espeak-ng, lame and ffmpeg.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EspeakEngine } from '../../lambda/audio/espeak-engine';
import { getExercise, getRoutine } from '../../lambda/content';
import { AudioLibrary } from '../../lambda/audio/library';
import { LocalAudioStore } from '../../lambda/audio/local-store';
import type { Preferences, Segment } from '../../lambda/narration';
import { speechSpans } from '../../tools/lib/espeak';
import { phrases, starts } from '../narration/support';
import { audioPlan, audioTools, decodeMp3, planOptions, probeMp3, type Probe } from './support';

const maybe = audioTools ? describe : describe.skip;
const Tolerance = 0.1;

interface PartMeasure {
  exerciseId: string;
  onsetErrors: number[];
  holds: Array<{ target: number; measured: number }>;
  planned: number;
  fileSeconds: number;
  probe: Probe;
  bytes: number;
}

/** Matches each phrase that follows a clear silence to the burst starting nearest its plan. */
function measure(
  segments: Segment[],
  wav: string,
  exerciseId: string,
): Omit<PartMeasure, 'exerciseId' | 'probe' | 'bytes'> {
  const spans = speechSpans(wav, 0.12);
  const at = starts(segments);
  const nearest = (t: number) =>
    spans.reduce((best, sp) => (Math.abs(sp[0] - t) < Math.abs(best[0] - t) ? sp : best));
  // The first phrase follows only the part's short lead-in: clear too.
  const clear = (i: number) =>
    segments.slice(0, i).every((x) => x.kind === 'silence') ||
    (segments[i - 1].kind === 'silence' && segments[i - 1].seconds >= 0.25);
  const onsetErrors: number[] = [];
  segments.forEach((s, i) => {
    if (s.kind === 'speech' && clear(i)) onsetErrors.push(nearest(at[i])[0] - at[i]);
  });
  const holds: PartMeasure['holds'] = [];
  // A move's own hold and release cues ("Hold, and keep breathing.", "And let go.") stand in
  // for the generic ones.
  const own = getExercise(exerciseId)?.repCues;
  const release = own?.release?.en ?? phrases('cue.release');
  const hold = own?.hold?.en ?? phrases('cue.hold');
  const holdFor = phrases('cue.holdFor', { duration: '' })
    .replace(/\s*\.$/, '')
    .trim();
  segments.forEach((s, i) => {
    const cue =
      s.kind === 'speech' &&
      (s.text === phrases('cue.hold') || s.text.startsWith(hold) || s.text.startsWith(holdFor));
    if (s.kind !== 'speech' || !cue || !clear(i)) return;
    const r = segments.findIndex(
      (x, j) => j > i && x.kind === 'speech' && x.text.startsWith(release),
    );
    if (r < 0) return;
    const target = at[r] - (at[i] + s.seconds);
    // A cue of two sentences ("Rest. For 30 seconds.") sounds as two bursts: the hold starts
    // when the last burst that began inside the cue ends.
    const cueEnd = spans.filter((sp) => sp[0] < at[i] + s.seconds).at(-1)![1];
    holds.push({ target, measured: nearest(at[r])[0] - cueEnd });
  });
  const planned = segments.reduce((sum, s) => sum + s.seconds, 0);
  return { onsetErrors, holds, planned, fileSeconds: 0 };
}

// Quiet mode whispers (espeak-ng's +whisper: noise, not voice): the hardest case for finding
// a phrase's sound from its frames' gains.
const settings: Array<[string, Partial<Preferences>]> = [
  ['at default settings', {}],
  ['in quiet mode (whispered)', { quiet: true }],
];

maybe.each(settings)('hands-free audio: the bedside morning routine %s', (_name, prefs) => {
  const dir = mkdtempSync(join(tmpdir(), 'hands-free-'));
  const library = new AudioLibrary(
    new EspeakEngine(),
    new LocalAudioStore(dir, () => 'http://127.0.0.1'),
  );
  const plan = audioPlan(
    { kind: 'routine', id: 'bedside-morning' },
    planOptions((s) => library.voiceFor(s), prefs),
  )!;
  const results: PartMeasure[] = [];

  beforeAll(async () => {
    for (const part of plan.parts) {
      const job = plan.job(part.index);
      await library.ensure(job);
      const segments = await library.measured(job);
      const file = join(dir, `${part.key}.mp3`);
      const mp3 = readFileSync(file);
      const wav = decodeMp3(mp3, dir, `${part.key}-decoded`);
      const m = measure(segments, wav, part.exerciseId);
      const { samples } = await import('../../tools/lib/espeak').then((e) => e.readWav(wav));
      const fileSeconds = samples.length / 22050;
      const probe = probeMp3(file);
      results.push({ ...m, exerciseId: part.exerciseId, fileSeconds, probe, bytes: mp3.length });
    }
  }, 240_000);

  it('renders one part per exercise, each once', () => {
    const steps = getRoutine('bedside-morning')!.steps.map((s) => s.exercise);
    expect(plan.parts.map((p) => p.exerciseId)).toEqual(steps);
    expect(library.stats.renders).toBe(plan.parts.length);
  });

  it('writes every part as one constant-bitrate stream, as long as its plan', () => {
    for (const r of results) {
      const { sizes, sampleRate, bitRate, channels, seconds } = r.probe;
      console.log(
        `${r.exerciseId}: ${sizes.length} frames of ${[...new Set(sizes)].join('/')} bytes, ${bitRate / 1000} kbps, ${sampleRate} Hz, ${(r.bytes / 1024).toFixed(0)} KiB, ${seconds.toFixed(3)} s (planned ${r.planned.toFixed(3)})`,
      );
      // Every frame the same size: seekable by byte, as AudioPlayer's resume offset needs.
      expect(new Set(sizes).size).toBe(1);
      expect({ sampleRate, bitRate, channels }).toEqual({
        sampleRate: 24000,
        bitRate: 48000,
        channels: 1,
      });
      // Within a frame (24 ms) of the plan: the total is rounded to the frame grid once.
      expect(Math.abs(seconds - r.planned)).toBeLessThanOrEqual(0.024);
    }
  });

  it('places every phrase on its planned start, within 0.1 s', () => {
    for (const r of results) {
      const worst = Math.max(...r.onsetErrors.map(Math.abs));
      console.log(
        `${r.exerciseId}: ${r.onsetErrors.length} onsets, worst ${worst.toFixed(3)} s; file ${r.fileSeconds.toFixed(2)} s, planned ${r.planned.toFixed(2)} s`,
      );
      expect(worst).toBeLessThanOrEqual(Tolerance);
      expect(Math.abs(r.fileSeconds - r.planned)).toBeLessThanOrEqual(Tolerance);
    }
  });

  it('holds every hold for its planned time, within 0.1 s', () => {
    const holds = results.flatMap((r) => r.holds);
    const errors = holds.map((h) => h.measured - h.target);
    console.log(
      `${holds.length} holds (${[...new Set(holds.map((h) => Math.round(h.target)))].join(', ')} s): worst error ${Math.max(...errors.map(Math.abs)).toFixed(3)} s`,
    );
    expect(holds.length).toBeGreaterThan(0);
    for (const h of holds) {
      // The plan itself keeps the content's hold: whole seconds.
      expect(Math.abs(h.target - Math.round(h.target))).toBeLessThan(0.001);
      expect(Math.abs(h.measured - h.target)).toBeLessThanOrEqual(Tolerance);
    }
  });
});
