/**
 * Deploy settings, read from CDK context (`-c key=value` or cdk.json) and checked at synth
 * time so a mistake fails with a message that says how to fix it, before anything deploys.
 */

/** Where the skill's Login-with-Amazon credentials and vendor id come from. */
export interface SkillCredentials {
  /** Amazon developer vendor id, given literally (it is an identifier, not a secret). */
  readonly vendorId?: string;
  /** Or the name of an SSM String parameter that holds the vendor id. */
  readonly vendorIdParameter?: string;
  /**
   * Secrets Manager secret (name or ARN) holding JSON keys `clientId`, `clientSecret` and
   * `refreshToken`. Read through a CloudFormation dynamic reference, never into the template.
   */
  readonly lwaSecretName: string;
}

/** Everything the stack can be told at deploy time. */
export interface DeployConfig {
  /** Present when the stack should create the skill itself (Alexa::ASK::Skill). */
  readonly skill?: SkillCredentials;
  /** An existing skill's id: scopes the trigger and sets `SKILL_ID` on the function. */
  readonly skillId?: string;
  /** HTTPS privacy policy address for the store listing. */
  readonly privacyPolicyUrl?: string;
}

/** The default secret name, so most operators only pass `-c vendorId=...`. */
export const defaultLwaSecretName = 'back-stretch-coach/lwa';

/** Regions where Lambda offers the Alexa Skills Kit trigger (North America, Europe, Far East). */
export const alexaRegions = ['us-east-1', 'eu-west-1', 'us-west-2'] as const;

/** Fails early when the target region cannot host an Alexa skill endpoint. */
export function checkRegion(region: string | undefined): void {
  if (region && !(alexaRegions as readonly string[]).includes(region)) {
    throw new Error(
      `Region ${region} cannot host an Alexa endpoint. Deploy to ${alexaRegions.join(', ')} ` +
        '(e.g. AWS_REGION=us-east-1 npx cdk deploy).',
    );
  }
}

type Context = (key: string) => unknown;

export function readDeployConfig(context: Context): DeployConfig {
  const get = (key: string): string | undefined => {
    const value = context(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new Error(`Context "${key}" must be a string.`);
    return value.trim();
  };
  const vendorId = get('vendorId');
  const vendorIdParameter = get('vendorIdParameter');
  const lwaSecretName = get('lwaSecretName');
  const skillId = get('skillId');
  const privacyPolicyUrl = get('privacyPolicyUrl');

  if (vendorId && vendorIdParameter) {
    throw new Error('Give either -c vendorId=... or -c vendorIdParameter=<ssm name>, not both.');
  }
  if (vendorId && !/^[A-Z0-9]{6,30}$/.test(vendorId)) {
    throw new Error(
      `vendorId "${vendorId}" does not look like an Amazon vendor id (capital letters and ` +
        'digits). Find it with `ask smapi list-vendors` or in the developer console settings.',
    );
  }
  if (lwaSecretName && !vendorId && !vendorIdParameter) {
    throw new Error('lwaSecretName is set but no vendor id: add -c vendorId=... as well.');
  }
  if (skillId && !/^amzn1\.ask\.skill\.[0-9a-f-]{36}$/.test(skillId)) {
    throw new Error(
      `skillId "${skillId}" is not an Alexa skill id (amzn1.ask.skill.<uuid>). ` +
        'Copy it from `ask smapi list-skills-for-vendor` or the stack output SkillId.',
    );
  }
  if (privacyPolicyUrl && !/^https:\/\/\S+$/.test(privacyPolicyUrl)) {
    throw new Error(`privacyPolicyUrl must start with https://, got "${privacyPolicyUrl}".`);
  }
  const wantsSkill = vendorId !== undefined || vendorIdParameter !== undefined;
  return {
    ...(wantsSkill && {
      skill: { vendorId, vendorIdParameter, lwaSecretName: lwaSecretName ?? defaultLwaSecretName },
    }),
    skillId,
    privacyPolicyUrl,
  };
}
