/**
 * Phrases that name the skill: "open back stretch coach" launches it; "ask back stretch coach
 * to start my morning routine" and "start my morning routine with back stretch coach" are
 * one-shots that carry an utterance in with them. German ("öffne rücken coach", "frag rücken
 * coach nach meinem fortschritt") and Spanish ("abre entrenador de espalda", "pide a
 * entrenador de espalda que empiece ...") work the same way.
 */
export type Invocation = { kind: 'launch' } | { kind: 'one-shot'; rests: string[] };

const LaunchVerbs = [
  'open|start|launch|begin|load|run|play|talk to|use|ask|tell',
  'öffne|öffnen|starte|starten|aktiviere|beginne|lade|spiele|spiel',
  'abre|abrir|inicia|iniciar|empieza|comienza|arranca|lanza|juega|habla con',
].join('|');
const OneShotVerbs = [
  'ask|tell|open|start|launch|use',
  'frag|frage|sag|sage|bitte|öffne|starte',
  'pide a|pídele a|dile a|pregunta a|pregúntale a|abre|inicia',
].join('|');
const Joiners = new Set(
  ['to that for about if whether and', 'dass nach ob um und', 'que si por sobre y']
    .join(' ')
    .split(' '),
);
const Suffixes = 'using|with|on|from|in|mit|bei|von|über|con|en|usando|desde';

/** Reads an invocation from normalised text, or undefined when the skill is not named. */
export function parseInvocation(text: string, name: string): Invocation | undefined {
  const said = text.replace(/^alexa /, '');
  if (new RegExp(`^(?:${LaunchVerbs}) ${name}$`).test(said)) return { kind: 'launch' };
  const ask = new RegExp(`^(?:${OneShotVerbs}) ${name} (.+)$`).exec(said);
  if (ask) {
    const rest = ask[1];
    const [first, ...others] = rest.split(' ');
    // "ask ... to start" must lose "to"; "tell ... that hurts" must keep "that": try both.
    return {
      kind: 'one-shot',
      rests: Joiners.has(first) && others.length > 0 ? [others.join(' '), rest] : [rest],
    };
  }
  const suffix = new RegExp(`^(.+) (?:${Suffixes}) ${name}$`).exec(said);
  if (suffix) return { kind: 'one-shot', rests: [suffix[1]] };
  return undefined;
}
