/**
 * A small stand-in for Alexa's language understanding, driven by the project's own interaction
 * model file: a phrase that matches here is a phrase the deployed model has a sample for.
 *
 * Order, as Alexa favours them: exact samples without slots, then the built-ins' own phrases,
 * then samples with slots (resolved custom values before unresolved ones, more literal words
 * before fewer). Nothing matched -> AMAZON.FallbackIntent.
 */
import type { InteractionModel } from '../../interaction-models/source/grammar';
import type { SlotInput } from './envelopes';
import { builtInPhrases } from './nlu-builtins';
import { parseInvocation } from './nlu-invocation';
import { normalise, withoutFillers, words } from './nlu-normalise';
import { compileSample, fillSlots, type CompiledSample, type SlotResolver } from './nlu-slots';

export const LaunchRequestName = 'LaunchRequest';
export const FallbackIntentName = 'AMAZON.FallbackIntent';

/** What an utterance resolves to. */
export interface MatchResult {
  /** An intent name, or "LaunchRequest" for "open back stretch coach". */
  intent: string;
  slots: Record<string, SlotInput>;
  /** Said with the invocation name: a plain launch, or a one-shot ("ask ... to ..."). */
  invocation?: 'launch' | 'one-shot';
  /** The model sample (or built-in phrase) that matched, to show why. */
  sample?: string;
}

export interface Matcher {
  match(text: string): MatchResult;
}

export function createMatcher(model: InteractionModel): Matcher {
  const { invocationName, intents, types } = model.interactionModel.languageModel;
  const literal = new Map<string, { intent: string; sample: string }>();
  const slotted: CompiledSample[] = [];
  intents.forEach((intent, order) => {
    const slotTypes = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    for (const sample of intent.samples) {
      if (sample.includes('{')) slotted.push(compileSample(intent.name, order, sample, slotTypes));
      else if (!literal.has(normalise(sample)))
        literal.set(normalise(sample), { intent: intent.name, sample });
    }
  });
  const builtIns = new Map<string, string>();
  for (const { name } of intents) {
    for (const phrase of builtInPhrases[name] ?? []) builtIns.set(normalise(phrase), name);
  }
  const resolver: SlotResolver = buildResolver(types);

  function matchInSession(text: string): MatchResult {
    const said = withoutFillers(normalise(text).replace(/^alexa /, ''));
    const exact = literal.get(said);
    if (exact) return { intent: exact.intent, slots: {}, sample: exact.sample };
    const builtIn = builtIns.get(said);
    if (builtIn) return { intent: builtIn, slots: {}, sample: said };
    const best = fillSlots(slotted, words(said), resolver);
    if (best) return { intent: best.intent, slots: best.slots, sample: best.sample };
    return { intent: FallbackIntentName, slots: {} };
  }

  return {
    match(text: string): MatchResult {
      const invocation = parseInvocation(normalise(text), normalise(invocationName));
      if (!invocation) return matchInSession(text);
      if (invocation.kind === 'launch') {
        return { intent: LaunchRequestName, slots: {}, invocation: 'launch' };
      }
      // Try the words after the name without a joining word ("to", "for"), then as said.
      for (const rest of invocation.rests) {
        const result = matchInSession(rest);
        if (result.intent !== FallbackIntentName) return { ...result, invocation: 'one-shot' };
      }
      return { intent: FallbackIntentName, slots: {}, invocation: 'one-shot' };
    },
  };
}

function buildResolver(
  types: InteractionModel['interactionModel']['languageModel']['types'],
): SlotResolver {
  const byType = new Map<string, Map<string, { id: string; name: string }>>();
  for (const type of types) {
    const phrases = new Map<string, { id: string; name: string }>();
    for (const { id, name } of type.values) {
      for (const phrase of [name.value, ...(name.synonyms ?? [])]) {
        const key = normalise(phrase);
        if (!phrases.has(key)) phrases.set(key, { id, name: name.value });
      }
    }
    byType.set(type.name, phrases);
  }
  return (type, heard) => byType.get(type)?.get(heard);
}
