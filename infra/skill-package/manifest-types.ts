/**
 * The parts of the ASK skill manifest (`skill.json`) this project writes. Field names follow
 * Amazon's schema exactly; see the skill manifest reference in the ASK documentation.
 */

/** Store listing for one locale. */
export interface LocaleListing {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly examplePhrases: readonly string[];
  readonly keywords: readonly string[];
}

/** A screen size the APL interface supports. */
export interface Viewport {
  readonly mode: 'HUB' | 'TV' | 'MOBILE' | 'PC' | 'AUTO';
  readonly shape: 'RECTANGLE' | 'ROUND';
  readonly minWidth: number;
  readonly maxWidth: number;
  readonly minHeight: number;
  readonly maxHeight: number;
}

/** An HTTPS or Lambda endpoint; for Lambda the uri is the function ARN. */
export interface Endpoint {
  readonly uri: string;
}

/** `skill.json` as written to the package. */
export interface SkillManifestFile {
  readonly manifest: {
    readonly manifestVersion: '1.0';
    readonly publishingInformation: {
      readonly locales: Readonly<Record<string, LocaleListing>>;
      readonly category: string;
      readonly distributionMode: 'PUBLIC' | 'PRIVATE';
      readonly isAvailableWorldwide: boolean;
      readonly distributionCountries: readonly string[];
      readonly testingInstructions?: string;
    };
    readonly privacyAndCompliance: {
      readonly allowsPurchases: boolean;
      readonly usesPersonalInfo: boolean;
      readonly isChildDirected: boolean;
      readonly isExportCompliant: boolean;
      readonly containsAds: boolean;
      readonly locales?: Readonly<Record<string, { readonly privacyPolicyUrl: string }>>;
    };
    readonly apis: {
      readonly custom: {
        readonly endpoint?: Endpoint;
        readonly interfaces: readonly {
          readonly type: 'ALEXA_PRESENTATION_APL';
          readonly supportedViewports: readonly Viewport[];
        }[];
      };
    };
    /** The reminders scope (the time zone needs no permission). */
    readonly permissions: readonly { readonly name: string }[];
    readonly events?: {
      readonly endpoint: Endpoint;
      readonly subscriptions: readonly { readonly eventName: string }[];
    };
  };
}
