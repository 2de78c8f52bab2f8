/**
 * `npm run audio:prerender`: renders every routine, in every locale, at default settings, so
 * the first user of each finds the audio ready. Run after deploy with AUDIO_BUCKET (Polly and
 * S3, with the deploying account's credentials), or locally with AUDIO_BASE_URL (espeak-ng into
 * DATA_DIR/audio). Parts already rendered are skipped: their keys hash their content.
 *
 *   --estimate   render nothing: print what Polly would bill per routine (characters, dollars)
 *   --locale xx  only this locale
 */
import { audioFromEnv } from '../lambda/audio/from-env';
import { planFor } from '../lambda/audio/hands-free';
import { getCatalog } from '../lambda/content';
import { translatorFor } from '../lambda/i18n';
import { Locales } from '../lambda/ids';
import type { Activity } from '../lambda/routine/state';
import { freshRecord } from '../lambda/store/defaults';
import { phrasesOf } from '../lambda/audio/parts';
import { MemoryAudioStore } from '../lambda/audio/memory-store';
import { AudioLibrary } from '../lambda/audio/library';
import type { SpeechEngine } from '../lambda/audio/engine';

/** Polly's list prices per million billed characters (check the price page before relying). */
const DollarsPerMillion = { standard: 4, neural: 16 };

/** Stands in for an engine when only the plan is wanted (--estimate). */
const planOnly: SpeechEngine = {
  voiceFor: (s) => `estimate:${s.locale}`,
  speak: () => Promise.reject(new Error('--estimate renders nothing')),
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const estimate = args.includes('--estimate');
  const only = args[args.indexOf('--locale') + 1];
  const locales = args.includes('--locale') ? [only] : [...Locales];
  const library = estimate ? new AudioLibrary(planOnly, new MemoryAudioStore()) : audioFromEnv();
  if (!library) {
    console.error(
      'Set AUDIO_BUCKET (Polly and S3) or AUDIO_BASE_URL (espeak-ng, local), or use --estimate.',
    );
    process.exit(2);
  }
  const user = freshRecord(new Date());
  const catalog = getCatalog();
  for (const locale of locales) {
    const t = translatorFor(locale);
    for (const id of catalog.routineOrder) {
      const activity: Activity = { kind: 'routine', id };
      const plan = planFor(activity, user, locale, t, { audio: () => library, voice: 'alexa' });
      if (!plan) continue;
      const minutes = plan.parts.reduce((s, p) => s + p.seconds, 0) / 60;
      // Each render says each distinct phrase once; Polly bills its characters, not the tags.
      const characters = plan.parts.reduce(
        (sum, p) => sum + phrasesOf(p.segments).reduce((n, text) => n + text.length, 0),
        0,
      );
      const cost = (rate: number) => `$${((characters * rate) / 1e6).toFixed(4)}`;
      const line = `${locale} ${id}: ${plan.parts.length} parts, ${minutes.toFixed(1)} min, ${characters} characters (neural ${cost(DollarsPerMillion.neural)}, standard ${cost(DollarsPerMillion.standard)})`;
      if (estimate) {
        console.log(line);
        continue;
      }
      const before = { ...library.stats };
      for (const part of plan.parts) await library.ensure(plan.job(part.index));
      const rendered = library.stats.renders - before.renders;
      console.log(`${line}: ${rendered} rendered, ${plan.parts.length - rendered} already there`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
