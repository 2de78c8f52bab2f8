import { BuiltIn, Intent } from '../ids';

/**
 * The intents the skill handles by name. The model test proves this equals the intents in
 * every interaction model, both ways.
 */
export const HandledIntents: readonly string[] = [
  ...Object.values(Intent),
  ...Object.values(BuiltIn),
];
