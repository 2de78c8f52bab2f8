/**
 * The compact grammar the interaction models are generated from, and its expander.
 *
 * Language-neutral: intents.ts declares the intents, each language's source file (en.ts, de.ts,
 * es.ts) writes sample patterns for them, and the build turns both into the ASK CLI JSON Alexa
 * deploys. A sample pattern uses `(a|b)` for "one of", `[a|b]` for "optionally one of", and
 * `{slot}` for a slot, e.g. `(start|begin) [my|the] {routine} [routine]`.
 */

/** One value of a custom slot type: the id the skill sees, its canonical words, and synonyms. */
export interface SlotValueSource {
  id: string;
  name: string;
  synonyms?: readonly string[];
}

/** A custom slot type with fixed values. */
export interface SlotTypeSource {
  name: string;
  values: readonly SlotValueSource[];
}

/** The ASK CLI interaction model format (`interactionModels/custom/<locale>.json`). */
export interface ModelSlotValue {
  id: string;
  name: { value: string; synonyms?: string[] };
}
export interface ModelSlotType {
  name: string;
  values: ModelSlotValue[];
}
export interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
  samples: string[];
}
export interface InteractionModel {
  interactionModel: {
    languageModel: { invocationName: string; intents: ModelIntent[]; types: ModelSlotType[] };
  };
}

/** Expands one pattern into every sentence it stands for, spaces collapsed, in source order. */
export function expand(pattern: string): string[] {
  const seen = new Set<string>();
  for (const raw of expandFrom(pattern, 0, '').sentences) {
    const sentence = raw.replace(/\s+/g, ' ').trim();
    if (sentence) seen.add(sentence);
  }
  return [...seen];
}

interface Expansion {
  sentences: string[];
  /** Index just past what was consumed. */
  end: number;
}

/** Reads alternatives separated by `|` until `close` (or the end), expanding nested groups. */
function expandFrom(pattern: string, start: number, close: string): Expansion {
  const alternatives: string[] = [];
  let current: string[] = [''];
  let i = start;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === close) break;
    if (ch === '|') {
      alternatives.push(...current);
      current = [''];
      i += 1;
    } else if (ch === '(' || ch === '[') {
      const inner = expandFrom(pattern, i + 1, ch === '(' ? ')' : ']');
      if (pattern[inner.end] !== (ch === '(' ? ')' : ']')) {
        throw new Error(`Unclosed "${ch}" at ${i} in pattern: ${pattern}`);
      }
      // An optional group may also be left out.
      const options = ch === '[' ? [...inner.sentences, ''] : inner.sentences;
      current = current.flatMap((head) => options.map((option) => head + option));
      i = inner.end + 1;
    } else if (ch === ')' || ch === ']') {
      throw new Error(`Unexpected "${ch}" at ${i} in pattern: ${pattern}`);
    } else {
      current = current.map((head) => head + ch);
      i += 1;
    }
  }
  alternatives.push(...current);
  return { sentences: alternatives, end: i };
}

/** The `{slot}` names a sample refers to. */
export function slotsIn(sample: string): string[] {
  return [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
