/**
 * Samples with slots: which words fill which slot, and how the fill is resolved, as Alexa does
 * it. AMAZON.NUMBER only takes numbers, AMAZON.TIME only times of day; a custom slot takes any words, resolving them to a
 * value id when they are a value or synonym (ER_SUCCESS_MATCH) and passing them on as heard
 * otherwise (ER_SUCCESS_NO_MATCH).
 */
import type { SlotInput } from './envelopes';
import { normalise } from './nlu-normalise';
import { parseNumber } from './nlu-numbers';
import { parseTime } from './nlu-time';

type Token = { word: string } | { slot: string; type: string };

export interface CompiledSample {
  intent: string;
  /** The intent's place in the model: the tie-breaker, as sample order is in no other rule. */
  order: number;
  sample: string;
  tokens: Token[];
  literalWords: number;
}

/** Looks up a heard phrase in a custom slot type. */
export type SlotResolver = (
  type: string,
  heard: string,
) => { id: string; name: string } | undefined;

export interface SlotMatch {
  intent: string;
  sample: string;
  slots: Record<string, SlotInput>;
}

/** Longest phrase one slot may take; names and numbers are short. */
const MaxSlotWords = 8;

export function compileSample(
  intent: string,
  order: number,
  sample: string,
  slotTypes: Map<string, string>,
): CompiledSample {
  const tokens: Token[] = sample.split(/\s+/).flatMap((part): Token[] => {
    const slot = /^\{(\w+)\}$/.exec(part);
    if (slot) return [{ slot: slot[1], type: slotTypes.get(slot[1]) ?? 'AMAZON.SearchQuery' }];
    return normalise(part)
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ word }));
  });
  const literalWords = tokens.filter((t) => 'word' in t).length;
  return { intent, order, sample, tokens, literalWords };
}

/** Every way the sample's slots can split the words, as slot name -> words. */
function splits(tokens: Token[], said: string[]): Map<string, string[]>[] {
  const results: Map<string, string[]>[] = [];
  const walk = (ti: number, wi: number, filled: Map<string, string[]>): void => {
    if (ti === tokens.length) {
      if (wi === said.length) results.push(new Map(filled));
      return;
    }
    if (said.length - wi < tokens.length - ti) return;
    const token = tokens[ti];
    if ('word' in token) {
      if (said[wi] === token.word) walk(ti + 1, wi + 1, filled);
      return;
    }
    for (let end = wi + 1; end <= Math.min(said.length, wi + MaxSlotWords); end += 1) {
      filled.set(token.slot, said.slice(wi, end));
      walk(ti + 1, end, filled);
      filled.delete(token.slot);
    }
  };
  walk(0, 0, new Map());
  return results;
}

interface Scored extends SlotMatch {
  score: number[];
}

function resolve(
  sample: CompiledSample,
  filled: Map<string, string[]>,
  resolver: SlotResolver,
): Scored | undefined {
  const slots: Record<string, SlotInput> = {};
  let unresolved = 0;
  for (const token of sample.tokens) {
    if (!('slot' in token)) continue;
    const heard = filled.get(token.slot) ?? [];
    if (token.type === 'AMAZON.NUMBER') {
      const n = parseNumber(heard);
      if (n === undefined) return undefined;
      slots[token.slot] = { value: String(n) };
    } else if (token.type === 'AMAZON.TIME') {
      const time = parseTime(heard);
      if (time === undefined) return undefined;
      slots[token.slot] = { value: time };
    } else if (token.type.startsWith('AMAZON.')) {
      slots[token.slot] = { value: heard.join(' ') };
    } else {
      const value = resolver(token.type, heard.join(' '));
      if (!value) unresolved += 1;
      slots[token.slot] = value
        ? { value: heard.join(' '), id: value.id, name: value.name, type: token.type }
        : { value: heard.join(' '), type: token.type };
    }
  }
  // A sample that is nothing but slots would swallow any sentence: only take it on a real value.
  if (sample.literalWords === 0 && unresolved > 0) return undefined;
  return {
    intent: sample.intent,
    sample: sample.sample,
    slots,
    score: [unresolved, -sample.literalWords, sample.order],
  };
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** The best slot sample for the words, or undefined when none fits. */
export function fillSlots(
  samples: CompiledSample[],
  said: string[],
  resolver: SlotResolver,
): SlotMatch | undefined {
  let best: Scored | undefined;
  for (const sample of samples) {
    if (sample.tokens.length > said.length) continue;
    for (const filled of splits(sample.tokens, said)) {
      const scored = resolve(sample, filled, resolver);
      if (scored && (!best || better(scored.score, best.score))) best = scored;
    }
  }
  if (!best) return undefined;
  const { intent, sample, slots } = best;
  return { intent, sample, slots };
}
