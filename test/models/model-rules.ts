/**
 * What Alexa's model build and certification insist on, as checks a test can run over any
 * generated model, in the model's language. Each returns the problems found, so a failure lists all of them at once.
 */
import type { InteractionModel } from '../../interaction-models/source/grammar';
import { slotsIn } from '../../interaction-models/source/grammar';
import type { Language } from '../../lambda/ids';

type LanguageModel = InteractionModel['interactionModel']['languageModel'];

/** Words that start a skill in each language: an invocation name may not contain them. */
const LaunchWords: Record<Language, string[]> = {
  en: 'ask open launch start begin tell load play resume run enable use talk'.split(' '),
  de: 'öffne öffnen starte starten frag frage sag sage bitte spiele beginne lade aktiviere'.split(
    ' ',
  ),
  es: 'abre abrir inicia iniciar empieza comienza pide dile pregunta juega lanza'.split(' '),
};
const Reserved = ['alexa', 'amazon', 'echo', 'skill', 'app'];
/** Articles, pronouns, prepositions: not allowed in a two-word name. */
const Connectors: Record<Language, string[]> = {
  en: 'the a an for to of my your on in with'.split(' '),
  de: 'der die das den dem des ein eine einen mein meine für zu von mit im in am auf'.split(' '),
  es: 'el la los las un una de del para con en mi tu al a'.split(' '),
};
/** Letters a sample may use besides apostrophes and periods: English models are plain ASCII. */
const Letters: Record<Language, RegExp> = {
  en: /^[A-Za-z'. ]*$/,
  de: /^[\p{L}'. ]*$/u,
  es: /^[\p{L}'. ]*$/u,
};

export function invocationProblems(name: string, lang: Language = 'en'): string[] {
  const words = name.split(' ');
  const problems: string[] = [];
  if (!/^\p{Ll}+( \p{Ll}+)+$/u.test(name)) problems.push('must be lowercase words, two or more');
  for (const word of words) {
    if ([...LaunchWords[lang], ...Reserved].includes(word)) problems.push(`launch word "${word}"`);
  }
  if (words.length === 2 && words.some((w) => Connectors[lang].includes(w))) {
    problems.push('a two-word name may not use articles, pronouns or prepositions');
  }
  return problems;
}

export function sampleProblems(model: LanguageModel, lang: Language = 'en'): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const intent of model.intents) {
    const declared = new Set((intent.slots ?? []).map((s) => s.name));
    for (const sample of intent.samples) {
      // Slots stand alone between spaces; everything else is letters, apostrophes, periods.
      const words = sample.replace(/(^| )\{\w+\}(?= |$)/g, '$1');
      if (!Letters[lang].test(words) || /\s{2}|^\s|\s$/.test(sample)) {
        problems.push(`${intent.name}: "${sample}" has characters or spacing Alexa refuses`);
      }
      const slots = slotsIn(sample);
      for (const slot of slots) {
        if (!declared.has(slot))
          problems.push(`${intent.name}: "${sample}" uses undeclared {${slot}}`);
      }
      if (new Set(slots).size !== slots.length)
        problems.push(`${intent.name}: "${sample}" repeats a slot`);
      const key = sample.toLowerCase();
      const first = owner.get(key);
      if (first && first !== intent.name)
        problems.push(`"${sample}" is in ${first} and ${intent.name}`);
      owner.set(key, intent.name);
    }
  }
  return problems;
}

export function typeProblems(model: LanguageModel): string[] {
  const problems: string[] = [];
  const declared = new Set(model.types.map((t) => t.name));
  for (const intent of model.intents) {
    for (const slot of intent.slots ?? []) {
      if (!slot.type.startsWith('AMAZON.') && !declared.has(slot.type)) {
        problems.push(`${intent.name}.${slot.name}: type ${slot.type} is not declared`);
      }
    }
  }
  for (const type of model.types) {
    if (type.values.length === 0) problems.push(`${type.name} has no values`);
    const ids = new Set<string>();
    const phrases = new Map<string, string>();
    for (const { id, name } of type.values) {
      if (ids.has(id)) problems.push(`${type.name}: id ${id} twice`);
      ids.add(id);
      for (const phrase of [name.value, ...(name.synonyms ?? [])]) {
        if (phrase !== phrase.toLowerCase().trim())
          problems.push(`${type.name}: "${phrase}" not lowercase`);
        const other = phrases.get(phrase);
        if (other && other !== id)
          problems.push(`${type.name}: "${phrase}" means both ${other} and ${id}`);
        phrases.set(phrase, id);
      }
    }
  }
  return problems;
}
