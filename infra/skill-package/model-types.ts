/**
 * The slice of an ASK interaction model this package builder reads. The files in
 * `interaction-models/` carry more (dialog, prompts); the builder copies them whole and only
 * looks inside for the invocation name and, in tests, the sample utterances.
 */

/** One slot value of a custom slot type. */
export interface SlotTypeValue {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

/** An intent with its sample utterances and slots. */
export interface ModelIntent {
  readonly name: string;
  readonly samples?: readonly string[];
  readonly slots?: readonly { readonly name: string; readonly type: string }[];
}

/** `interactionModels/custom/<locale>.json` in the ASK CLI v2 layout. */
export interface InteractionModelFile {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types?: readonly { readonly name: string; readonly values: readonly SlotTypeValue[] }[];
    };
  };
}
