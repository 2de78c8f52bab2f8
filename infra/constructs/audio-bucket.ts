import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Effect, PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Validations } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** Properties of {@link AudioBucket}. */
export interface AudioBucketProps {
  /** The key prefix the skill's parts live under. @default 'audio/' */
  readonly prefix?: string;
  /** Days a rendered part is kept; a part needed again is rendered again. @default 30 */
  readonly expireAfterDays?: number;
}

/**
 * Rendered hands-free audio: private, encrypted, reachable over TLS only, parts expire after
 * 30 days. Devices fetch parts through presigned URLs (lambda/audio/s3-store.ts says why).
 * Parts hold narration shared by every user with the same settings, no user data.
 */
export class AudioBucket extends Construct {
  public readonly bucket: Bucket;
  public readonly prefix: string;

  constructor(scope: Construct, id: string, props: AudioBucketProps = {}) {
    super(scope, id);
    this.prefix = props.prefix ?? 'audio/';
    if (!/^[a-z0-9-]+\/$/.test(this.prefix))
      throw new Error(`AudioBucket prefix "${this.prefix}" must be lowercase words ending in "/"`);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          prefix: this.prefix,
          expiration: Duration.days(props.expireAfterDays ?? 30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      // Every part can be rendered again: nothing here is worth keeping past the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'A cache of rendered narration (no user data, presigned reads only); its reads and ' +
        'writes are the skill function, whose logs already record each render.',
    });
  }

  /** Read and write of parts under the prefix only: no list, no delete, no other keys. */
  grantParts(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [this.bucket.arnForObjects(`${this.prefix}*`)],
      }),
    );
  }
}
