/**
 * The pure skill-package builder: interaction models and listing text in, the ASK CLI v2
 * package (`skill.json` plus one model per locale) out. No file system, so tests and the CDK
 * app share it; `write.ts` puts the result on disk.
 */
import type { InteractionModelFile } from './model-types';
import type { LocaleListing, SkillManifestFile } from './manifest-types';
import { type PublishingText, publishingText } from './publishing-text';
import { supportedViewports } from './viewports';

/** What the package is built from. */
export interface SkillPackageInput {
  /** Interaction models by locale (`en-US` -> model), as found in `interaction-models/`. */
  readonly models: Readonly<Record<string, InteractionModelFile>>;
  /**
   * The Lambda function ARN. Without it the package has no endpoint and no event
   * subscription (events need an endpoint), which suits a first `ask deploy` before the
   * function exists, and the CDK app, which injects the ARN through CfnSkill overrides.
   */
  readonly endpointArn?: string;
  /** HTTPS address of the privacy policy, listed for every locale when given. */
  readonly privacyPolicyUrl?: string;
  /** Listing text by language; defaults to `./publishing/<lang>.json`. */
  readonly text?: Readonly<Record<string, PublishingText>>;
}

/** An ASK CLI v2 skill package in memory. */
export interface SkillPackage {
  readonly manifest: SkillManifestFile;
  /** `interactionModels/custom/<locale>.json`, by locale. */
  readonly models: Readonly<Record<string, InteractionModelFile>>;
}

/**
 * Skill events the skill subscribes to: disabling deletes the user's saved progress; a daily
 * reminder deleted (or completed) in the Alexa app is forgotten in the user's record.
 */
export const eventSubscriptions = [
  { eventName: 'SKILL_DISABLED' },
  { eventName: 'REMINDERS_REMINDER_DELETED' },
  { eventName: 'REMINDERS_REMINDER_STATUS_CHANGED' },
] as const;

/** Permissions the skill asks users for: the daily reminder (asked by voice when needed). */
export const skillPermissions = [{ name: 'alexa::alerts:reminders:skill:readwrite' }] as const;

export function buildSkillPackage(input: SkillPackageInput): SkillPackage {
  const locales = Object.keys(input.models).sort();
  if (locales.length === 0) {
    throw new Error('No interaction models to package: run `npm run models:build` first.');
  }
  if (input.privacyPolicyUrl !== undefined && !/^https:\/\/\S+$/.test(input.privacyPolicyUrl)) {
    throw new Error(`privacyPolicyUrl must be an https:// address, got "${input.privacyPolicyUrl}".`);
  }
  const text = input.text ?? publishingText;
  const listings = Object.fromEntries(
    locales.map((locale) => [locale, listingFor(locale, input.models[locale], text)]),
  );
  const endpoint = input.endpointArn ? { uri: input.endpointArn } : undefined;
  const { privacyPolicyUrl } = input;
  const manifest: SkillManifestFile = {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: listings,
        category: 'HEALTH_AND_FITNESS',
        distributionMode: 'PUBLIC',
        // Listed only where a model exists, so no store shows a skill it cannot understand.
        isAvailableWorldwide: false,
        distributionCountries: [...new Set(locales.map((l) => l.split('-')[1]))].sort(),
        testingInstructions: text.en?.testingInstructions,
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        ...(privacyPolicyUrl && {
          locales: Object.fromEntries(locales.map((l) => [l, { privacyPolicyUrl }])),
        }),
      },
      apis: {
        custom: {
          ...(endpoint && { endpoint }),
          interfaces: [{ type: 'ALEXA_PRESENTATION_APL', supportedViewports }],
        },
      },
      permissions: skillPermissions,
      ...(endpoint && { events: { endpoint, subscriptions: eventSubscriptions } }),
    },
  };
  return { manifest, models: input.models };
}

function listingFor(
  locale: string,
  model: InteractionModelFile,
  text: Readonly<Record<string, PublishingText>>,
): LocaleListing {
  const language = locale.slice(0, 2);
  const listing = text[language];
  if (!listing) {
    throw new Error(
      `No store listing for ${locale}: add infra/skill-package/publishing/${language}.json.`,
    );
  }
  const { invocationName } = model.interactionModel.languageModel;
  return {
    name: listing.name,
    summary: listing.summary,
    description: `${listing.description}\n\n${listing.disclaimer}`,
    examplePhrases: listing.examplePhrases.map((e) =>
      e.phrase.replace('{{invocationName}}', invocationName),
    ),
    keywords: listing.keywords,
  };
}
