import { SecretValue } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import type { SkillManifestFile } from '../skill-package/manifest-types';
import { alexaPrincipal, NewSkillTrigger } from './alexa-trigger';

/** Properties of {@link AlexaSkill}. Exactly one of `vendorId` and `vendorIdParameter`. */
export interface AlexaSkillProps {
  /** The endpoint function; its ARN is injected into the manifest at deploy time. */
  readonly endpoint: IFunction;
  /** A folder holding the skill package (ASK CLI v2 layout) built without an endpoint. */
  readonly packageDir: string;
  /** The `apis.custom` section of that package, repeated in the override with the endpoint. */
  readonly customApi: SkillManifestFile['manifest']['apis']['custom'];
  /** Events to subscribe to, sent to the same endpoint. */
  readonly eventSubscriptions: readonly { readonly eventName: string }[];
  /** Amazon developer vendor id. */
  readonly vendorId?: string;
  /** Name of an SSM String parameter holding the vendor id. */
  readonly vendorIdParameter?: string;
  /** Secrets Manager secret with JSON keys clientId, clientSecret, refreshToken. */
  readonly lwaSecretName: string;
}

/**
 * The Alexa skill itself (Alexa::ASK::Skill): its package zipped to the CDK asset bucket,
 * a role Alexa assumes to read exactly that object, Login-with-Amazon credentials as
 * Secrets Manager dynamic references, and the trigger scoped to the new skill id.
 */
export class AlexaSkill extends Construct {
  /** The skill id (amzn1.ask.skill...), known once the skill is created. */
  public readonly skillId: string;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    if (props.vendorId !== undefined && props.vendorIdParameter !== undefined) {
      throw new Error('AlexaSkill takes vendorId or vendorIdParameter, not both.');
    }
    if (!/^[\w/+=.@:-]+$/.test(props.lwaSecretName)) {
      throw new Error(`lwaSecretName "${props.lwaSecretName}" is not a Secrets Manager name.`);
    }
    const vendorId = props.vendorIdParameter
      ? StringParameter.valueForStringParameter(this, props.vendorIdParameter)
      : props.vendorId;
    if (!vendorId) throw new Error('AlexaSkill needs vendorId or vendorIdParameter.');

    const asset = new Asset(this, 'Package', { path: props.packageDir });
    const readerRole = new Role(this, 'PackageReader', {
      assumedBy: new ServicePrincipal(alexaPrincipal),
      description: 'Lets Alexa read this skill package from the CDK asset bucket.',
    });
    readerRole.addToPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [asset.bucket.arnForObjects(asset.s3ObjectKey)],
      }),
    );

    // Dynamic references: CloudFormation resolves them at deploy time; the template only
    // ever holds `{{resolve:secretsmanager:...}}`.
    const lwa = (field: string) =>
      SecretValue.secretsManager(props.lwaSecretName, { jsonField: field }).unsafeUnwrap();
    const endpoint = { uri: props.endpoint.functionArn };

    const trigger = new NewSkillTrigger(this, 'Trigger', { fn: props.endpoint });
    const skill = new CfnSkill(this, 'Skill', {
      vendorId,
      authenticationConfiguration: {
        clientId: lwa('clientId'),
        clientSecret: lwa('clientSecret'),
        refreshToken: lwa('refreshToken'),
      },
      skillPackage: {
        s3Bucket: asset.s3BucketName,
        s3Key: asset.s3ObjectKey,
        s3BucketRole: readerRole.roleArn,
        overrides: {
          manifest: {
            apis: { custom: { ...props.customApi, endpoint } },
            events: { endpoint, subscriptions: props.eventSubscriptions },
          },
        },
      },
    });
    this.skillId = skill.ref;
    trigger.scopeTo(skill, skill.ref);
  }
}
