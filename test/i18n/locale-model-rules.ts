/**
 * Alexa's model rules for any language: test/models/model-rules.ts spells them for English
 * (ASCII letters, English launch words); these take the locale's letters and launch words.
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

export function localeInvocationProblems(name: string, lang: Language): string[] {
  const words = name.split(' ');
  const problems: string[] = [];
  if (!/^\p{Ll}+( \p{Ll}+)+$/u.test(name)) problems.push('must be lowercase words, two or more');
  for (const w of words)
    if ([...LaunchWords[lang], ...Reserved].includes(w)) problems.push(`launch word "${w}"`);
  if (words.length === 2 && words.some((w) => Connectors[lang].includes(w)))
    problems.push('a two-word name may not use articles, pronouns or prepositions');
  return problems;
}

export function localeSampleProblems(model: LanguageModel): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const intent of model.intents) {
    const declared = new Set((intent.slots ?? []).map((s) => s.name));
    for (const sample of intent.samples) {
      const words = sample.replace(/(^| )\{\w+\}(?= |$)/g, '$1');
      if (!/^[\p{L}'. ]*$/u.test(words) || /\s{2}|^\s|\s$/.test(sample))
        problems.push(`${intent.name}: "${sample}" has characters or spacing Alexa refuses`);
      const slots = slotsIn(sample);
      for (const s of slots)
        if (!declared.has(s)) problems.push(`${intent.name}: "${sample}" uses undeclared {${s}}`);
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
