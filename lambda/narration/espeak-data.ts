/**
 * The espeak-ng tables (fitted profile, measured phrases, context pairs), read on first use.
 * Only the local audio preview times speech with espeak-ng; the Lambda (Alexa voices) never
 * asks for them, so infra leaves these files out of its bundle (`./espeak-*.json` external).
 */
import type { Language } from '../ids';
import type { RateProfile } from './rate-profile';

export interface EspeakData {
  profile: Record<Language, RateProfile>;
  /** Fixed phrases' measured seconds, by lower-cased text. */
  lexicon: Partial<Record<Language, Record<string, number>>>;
  /** Seconds a phrase adds after another, by pair key, at the default and the slower pace. */
  context: Record<'default' | 'slower', Partial<Record<Language, Record<string, number>>>>;
}

let data: EspeakData | undefined;

export function espeakData(): EspeakData {
  /* eslint-disable @typescript-eslint/no-require-imports */
  data ??= {
    profile: require('./espeak-profile.json'),
    lexicon: require('./espeak-lexicon.json'),
    context: require('./espeak-context.json'),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return data;
}
