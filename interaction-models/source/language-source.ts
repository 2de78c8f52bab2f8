/**
 * What one language supplies to its models, and the types that hold it to intents.ts: samples
 * for every custom intent (built-ins may go without), samples that name only their intent's
 * slots, and words for every value of every fixed slot type.
 */
import type { BuiltIn, BuiltInIntentName, CustomIntentName } from '../../lambda/ids';
import type { FixedSlotTypeName, SlotsOf, fixedSlotTypes } from './intents';

/** At least one sample pattern. */
type Patterns = readonly [string, ...string[]];

/** Alexa refuses samples for AMAZON.FallbackIntent: it is what no sample matched. */
type SampleFree = typeof BuiltIn.Fallback;

/** Sample patterns by intent: every custom intent needs some, a built-in may add some. */
export type SampleMap = { readonly [N in CustomIntentName]: Patterns } & {
  readonly [N in Exclude<BuiltInIntentName, SampleFree>]?: Patterns;
};

/** The `{slot}` names a pattern writes. */
type SlotRefs<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | SlotRefs<Rest>
  : never;

/**
 * The pattern itself, or the complaint tsc shows instead: a slot its intent lacks, or samples
 * for an intent that takes none. (P stays the false branch: that is what tsc infers it from.)
 */
type Checked<P, N> = P extends string
  ? N extends keyof SampleMap
    ? [Exclude<SlotRefs<P>, SlotsOf<N>>] extends [never]
      ? P
      : `${N} has no slot {${Exclude<SlotRefs<P>, SlotsOf<N>>}}`
    : `${N & string} takes no samples`
  : P;

/** The samples as given, every pattern checked against its own intent's slots. */
type CheckedSamples<T> = { [N in keyof T]: { [K in keyof T[N]]: Checked<T[N][K], N> } };

/** The words of one slot value: what Alexa hears for its id, and other ways to say it. */
export interface ValueWords {
  name: string;
  synonyms?: readonly string[];
}

/** Words for every value id of every fixed slot type. */
export type FixedSlotWords = {
  readonly [T in FixedSlotTypeName]: Readonly<
    Record<(typeof fixedSlotTypes)[T][number], ValueWords>
  >;
};

/** Everything one language says about what Alexa can hear. */
export interface LanguageSource {
  /** Lowercase, two words or more, no launch words. */
  invocationName: string;
  samples: SampleMap;
  values: FixedSlotWords;
  purposes: PurposeWords;
}

/**
 * A language source whose samples tsc checks: a pattern that names a slot its intent does not
 * declare fails to compile with "<intent> has no slot {name}", and so does a custom intent
 * without samples. (The build checks the slots again, for patterns typed only as `string`.)
 */
export function languageSource<const T extends SampleMap>(source: {
  invocationName: string;
  samples: CheckedSamples<T>;
  values: FixedSlotWords;
  purposes: PurposeWords;
}): LanguageSource {
  // Once it compiles, CheckedSamples<T> is T, which extends SampleMap.
  return source as unknown as LanguageSource;
}

/**
 * How people ask for a routine by what it is for rather than by name ("something for my neck",
 * "a short one", "in a chair"). The words are the language's; which routine they mean comes
 * from content (see purposes.ts), so a new routine gets them without touching this file.
 */
export interface PurposeWords {
  /** The shortest routine. */
  short: readonly string[];
  /** The routine content marks gentle (flare days). */
  gentle: readonly string[];
  /** The first routine done entirely off the floor (sitting, standing, at a wall). */
  offFloor: readonly string[];
  /** The first routine done entirely in bed. */
  inBed: readonly string[];
  /**
   * Patterns that find a name's subject: "neck routine" -> "neck", so "something for my neck"
   * and "the neck one" resolve. The first capture group is the subject; the first pattern
   * that matches a name wins.
   */
  stems: readonly RegExp[];
  /**
   * Endings a one-word subject takes to make a compound people say for the routine: German
   * "atem" + "übung" is "atemübung". Not for subjects ending in -ung (they take a linking s).
   */
  compounds?: readonly string[];
}
