/**
 * The copied-run check: no run of 8 words in a row in our content may also occur in a source
 * article. Facts carry over from the articles; sentences never do.
 */

/** How many consecutive shared words count as copying. */
export const COPIED_RUN_WORDS = 8;

/** A source article by file name. */
export interface Seed {
  name: string;
  text: string;
}

/** Lowercase words with punctuation stripped; "Don't" and "dont" compare equal. */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function runs(words: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/** Every n-word run of every seed, mapped to the first seed it occurs in. */
export function buildSeedIndex(seeds: Seed[], n = COPIED_RUN_WORDS): Map<string, string> {
  const index = new Map<string, string>();
  for (const seed of seeds) {
    for (const run of runs(normaliseWords(seed.text), n)) {
      if (!index.has(run)) index.set(run, seed.name);
    }
  }
  return index;
}

/** The first run of `text` found in a seed, or undefined when the text is our own. */
export function findCopiedRun(
  text: string,
  index: Map<string, string>,
  n = COPIED_RUN_WORDS,
): { run: string; seed: string } | undefined {
  for (const run of runs(normaliseWords(text), n)) {
    const seed = index.get(run);
    if (seed) return { run, seed };
  }
  return undefined;
}
