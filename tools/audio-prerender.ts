/**
 * `npm run audio:prerender`: renders, for every routine in every locale at default settings,
 * the parts users actually ask for: a new user's first run and every later session count up
 * to the steady state (tools/lib/prerender-plan.ts), each distinct part once. Run after
 * deploy with AUDIO_BUCKET (Polly and S3, with the deploying account's credentials), or
 * locally with AUDIO_BASE_URL (espeak-ng into DATA_DIR/audio). Parts already rendered are
 * skipped: their keys hash their content.
 *
 *   --estimate      render nothing: print parts, characters and what Polly would bill
 *   --locale xx-XX  only this locale
 *   --new-users     only a new user's first run (session count 0)
 */
import { audioFromEnv } from '../lambda/audio/from-env';
import type { SpeechEngine } from '../lambda/audio/engine';
import { AudioLibrary } from '../lambda/audio/library';
import { MemoryAudioStore } from '../lambda/audio/memory-store';
import { getCatalog } from '../lambda/content';
import { translatorFor } from '../lambda/i18n';
import { Locales } from '../lambda/ids';
import { MaxSessionsCounted } from '../lambda/store/exercise-sessions';
import { routinePrerender } from './lib/prerender-plan';

/** Polly's list prices per million billed characters (check the price page before relying). */
const DollarsPerMillion = { standard: 4, neural: 16 };

/** Stands in for an engine when only the plan is wanted (--estimate). */
const planOnly: SpeechEngine = {
  voiceFor: (s) => `estimate:${s.locale}`,
  speak: () => Promise.reject(new Error('--estimate renders nothing')),
};

const cost = (characters: number, rate: number) => `$${((characters * rate) / 1e6).toFixed(3)}`;
const costs = (characters: number) =>
  `neural ${cost(characters, DollarsPerMillion.neural)}, standard ${cost(characters, DollarsPerMillion.standard)}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const estimate = args.includes('--estimate');
  const locales = args.includes('--locale') ? [args[args.indexOf('--locale') + 1]] : [...Locales];
  const maxSessions = args.includes('--new-users') ? 0 : MaxSessionsCounted;
  const library = estimate ? new AudioLibrary(planOnly, new MemoryAudioStore()) : audioFromEnv();
  if (!library) {
    console.error(
      'Set AUDIO_BUCKET (Polly and S3) or AUDIO_BASE_URL (espeak-ng, local), or use --estimate.',
    );
    process.exit(2);
  }
  console.log(`Session counts 0..${maxSessions}, default settings; each distinct part once.`);
  // Routines share exercises (same part, same key) and phrases (said once per run): totals
  // count each once.
  const keys = new Set<string>();
  let characters = 0;
  const total = { newUser: 0, minutes: 0 };
  for (const locale of locales) {
    const t = translatorFor(locale);
    const phrases = new Set<string>();
    for (const id of getCatalog().routineOrder) {
      const r = routinePrerender(id, locale, t, library, maxSessions);
      if (!r) continue;
      for (const p of r.parts) {
        if (!keys.has(p.key)) total.minutes += p.plan.parts[p.index].seconds / 60;
        keys.add(p.key);
      }
      r.phrases.forEach((text) => phrases.add(text));
      total.newUser += r.newUserParts;
      // Each distinct phrase is said once per run; Polly bills its characters, not the tags.
      const line =
        `${locale} ${id}: ${r.parts.length} parts (a new user's run: ${r.newUserParts}; ` +
        `steady from session ${r.steadyFrom}), ${r.minutes.toFixed(1)} min, ` +
        `${r.characters} characters (${costs(r.characters)})`;
      if (estimate) {
        console.log(line);
        continue;
      }
      const before = library.stats.renders;
      for (const p of r.parts) await library.ensure(p.plan.job(p.index));
      const rendered = library.stats.renders - before;
      console.log(`${line}: ${rendered} rendered, ${r.parts.length - rendered} already there`);
    }
    characters += [...phrases].reduce((n, text) => n + text.length, 0);
  }
  console.log(
    `Total: ${keys.size} distinct parts (new users' runs: ${total.newUser}), ` +
      `${total.minutes.toFixed(0)} min, ${characters} characters (${costs(characters)}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
