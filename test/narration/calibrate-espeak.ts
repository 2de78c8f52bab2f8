/**
 * Fits the espeak-ng speaking-rate profile on the real narration:
 * `npx tsx test/narration/calibrate-espeak.ts` (needs espeak-ng; about a minute the first time,
 * renders are cached in /tmp/espeak-measure).
 *
 * Every chunk of the corpus (calibration-corpus.ts: all routines and exercises, default and
 * flare preferences) is rendered once and each phrase is timed where the chunk says it
 * (espeak-measure.ts). espeak-ng leaves a little of each phrase's time in the silence after the
 * NEXT phrase (0.01-0.07 s, depending on how the phrase ends), so a phrase is fitted as its own
 * time plus a carry from the phrase before; the profile and lexicon hold the sum of both,
 * which is what a phrase adds to a chunk. Writes lambda/narration/espeak-profile.json (the
 * model, for content) and espeak-lexicon.json (the narration's own fixed phrases, measured).
 * The slower pace is fitted from the same chunks said at 90%.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Languages, type Language } from '../../lambda/ids';
import { resources } from '../../lambda/i18n';
import { corpusChunks } from './calibration-corpus';
import { phraseSeconds, saveCache } from './espeak-measure';
import { fitRidge, type Observation } from './fit-profile';

/** A content phrase said this often in the corpus is a repeated cue. */
// 6: rep cues (said on every rep of a side) now reach it in one routine, not only across many.
const RepeatedCue = Number(process.env.RC ?? 6);

function leaves(node: unknown): string[] {
  if (typeof node === 'string') return node.includes('{{') ? [] : [node];
  return node && typeof node === 'object' ? Object.values(node).flatMap(leaves) : [];
}

async function observe(lang: Language, variant: string): Promise<Observation[][]> {
  const chunks = corpusChunks(lang, [variant]);
  return Promise.all(
    chunks.map(async (c) => {
      const seconds = await phraseSeconds(c.chunk, c.locale);
      const texts = c.chunk.timeline.flatMap((s) => (s.kind === 'speech' ? [s.text] : []));
      return texts.map((text, i) => ({ text, seconds: seconds[i] }));
    }),
  );
}

async function main(): Promise<void> {
  const profiles: Record<string, object> = {};
  const lexicon: Record<string, Record<string, number>> = {};
  const context: Record<'default' | 'slower', Record<string, Record<string, number>>> = {
    default: {},
    slower: {},
  };
  for (const lang of Languages) {
    const fixed = new Set(leaves(resources[lang].narration).map((t) => t.trim().toLowerCase()));
    const chunks = [...(await observe(lang, 'default')), ...(await observe(lang, 'flare'))];
    const slower = await observe(lang, 'slower');
    // Content cues said on every rep ("Round up.") are measured like the narration's own
    // phrases: their model error would be multiplied by the reps.
    const seen = new Map<string, number>();
    for (const t of chunks.flat().map((o) => o.text.trim().toLowerCase()))
      seen.set(t, (seen.get(t) ?? 0) + 1);
    for (const [t, n] of seen) if (n >= RepeatedCue && !/\d/.test(t)) fixed.add(t);
    const fit = fitRidge(lang, chunks, slower, (t) => fixed.has(t.trim().toLowerCase()));
    profiles[lang] = fit.profile;
    lexicon[lang] = fit.lexicon;
    context.default[lang] = fit.context;
    context.slower[lang] = fit.slowContext;
    console.log(lang, fit.summary);
  }
  saveCache();
  const dir = join(__dirname, '../../lambda/narration');
  writeFileSync(join(dir, 'espeak-profile.json'), `${JSON.stringify(profiles, null, 2)}\n`);
  writeFileSync(join(dir, 'espeak-lexicon.json'), `${JSON.stringify(lexicon, null, 2)}\n`);
  writeFileSync(join(dir, 'espeak-context.json'), `${JSON.stringify(context, null, 2)}\n`);
  console.log('wrote espeak-profile.json, espeak-lexicon.json and espeak-context.json');
}

void main();
