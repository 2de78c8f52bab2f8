/**
 * Routine synonyms by purpose, generated from content: which routine is the short one, the
 * gentle one, the one off the floor, the one in bed, and each name's subject ("neck" from
 * "neck routine"). The words come from the language source; the facts from content.
 */
import type { Catalog } from '../../lambda/content/index';
import { routineSeconds } from '../../lambda/content/duration';
import type { Language } from '../../lambda/ids';
import type { PurposeWords } from './language-source';

/** Talk between steps (setup, "next is ...") that timing data does not count, per step. */
const SecondsPerStepTalk = 30;
const OffFloor = new Set(['seated', 'standing', 'wall']);

type Routine = NonNullable<ReturnType<Catalog['routines']['get']>>;

function routines(catalog: Catalog): Routine[] {
  return catalog.routineOrder.map((id) => catalog.routines.get(id)).filter((r) => !!r);
}

/** Seconds a routine takes, its talk included, for "a short one". */
function length(catalog: Catalog, r: Routine): number {
  const active = routineSeconds(r, (id) => catalog.exercises.get(id));
  return active + SecondsPerStepTalk * r.steps.length;
}

function positions(catalog: Catalog, r: Routine): (string | undefined)[] {
  return r.steps.map((s) => catalog.exercises.get(s.exercise)?.position);
}

/** The routine each purpose points at; undefined when content has none. */
export function purposeRoutines(catalog: Catalog): Record<keyof PurposeWords, string | undefined> {
  const all = routines(catalog);
  const shortest = [...all].sort((a, b) => length(catalog, a) - length(catalog, b))[0];
  const offFloor = all
    .filter((r) => r.steps.length > 1 && positions(catalog, r).every((p) => p && OffFloor.has(p)))
    // The broadest one: "I can't get on the floor" asks for a general routine, so the one
    // using the most kinds of off-floor position (chair, standing, wall) wins over one all in a
    // chair for a body part (the neck routine); then the longest.
    .sort(
      (a, b) =>
        new Set(positions(catalog, b)).size - new Set(positions(catalog, a)).size ||
        b.steps.length - a.steps.length,
    )[0];
  return {
    short: shortest?.id,
    gentle: all.find((r) => r.gentle)?.id,
    offFloor: offFloor?.id,
    inBed: all.find((r) => r.inBed)?.id,
    stems: undefined,
    compounds: undefined,
  };
}

/** The subjects of a routine's names ("neck" from "neck routine"), lowercase. */
export function stemsOf(names: (string | undefined)[], words: PurposeWords): string[] {
  const found: string[] = [];
  for (const name of names) {
    if (!name) continue;
    // The first pattern that matches wins: patterns go from the most to the least specific.
    const subject = words.stems
      .map((stem) => stem.exec(name.toLowerCase())?.[1]?.trim())
      .find((s) => !!s);
    if (subject) found.push(subject);
  }
  return found;
}

/** Extra words per routine id: purposes first, then subjects. */
export function purposeSynonyms(
  catalog: Catalog,
  lang: Language,
  words: PurposeWords,
): Map<string, string[]> {
  const extra = new Map<string, string[]>();
  const add = (id: string | undefined, list: readonly string[]) => {
    if (id) extra.set(id, [...(extra.get(id) ?? []), ...list]);
  };
  const target = purposeRoutines(catalog);
  add(target.short, words.short);
  add(target.gentle, words.gentle);
  add(target.offFloor, words.offFloor);
  add(target.inBed, words.inBed);
  for (const r of routines(catalog)) {
    const subjects = stemsOf(
      [r.spokenName[lang], r.name[lang], ...(r.synonyms[lang] ?? [])],
      words,
    );
    const joined = subjects.filter((s) => !s.includes(' ') && !s.endsWith('ung'));
    add(r.id, [...subjects, ...joined.flatMap((s) => (words.compounds ?? []).map((c) => s + c))]);
  }
  return extra;
}
