/**
 * Store-listing text, one JSON file per language in `./publishing/`. Kept as data, not code,
 * so translators edit JSON and the builder stays free of user-facing wording.
 */
import de from './publishing/de.json';
import en from './publishing/en.json';
import es from './publishing/es.json';

/** One example phrase; `utterance` is the part the interaction model must accept. */
export interface ExamplePhrase {
  /** As shown in the store; `{{invocationName}}` is filled from the locale's model. */
  readonly phrase: string;
  /** What the user says after the invocation, or absent for a plain launch phrase. */
  readonly utterance?: string;
  /** The intent the utterance is meant to reach; the tests hold the model to it. */
  readonly intent?: string;
}

/** The listing in one language. */
export interface PublishingText {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  /** Appended to the description: the store requires it for health skills. */
  readonly disclaimer: string;
  readonly examplePhrases: readonly ExamplePhrase[];
  readonly keywords: readonly string[];
  readonly testingInstructions?: string;
}

/** Listing text by language (the first two letters of a locale). */
export const publishingText: Readonly<Record<string, PublishingText>> = { en, de, es };
