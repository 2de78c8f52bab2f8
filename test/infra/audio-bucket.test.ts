/** The hands-free audio bucket and the function's access to it, in the synthesised stack. */
import { Match } from 'aws-cdk-lib/assertions';
import { synthStack, type Synth } from './synth';

describe('hands-free audio bucket', () => {
  let synth: Synth;
  beforeAll(() => {
    synth = synthStack();
  });

  it('is private and encrypted', () => {
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
    });
  });

  it('expires parts after 30 days', () => {
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Prefix: 'audio/', ExpirationInDays: 30, Status: 'Enabled' })],
      },
    });
  });

  it('refuses every request that is not over TLS', () => {
    synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets the function get and put only under its own prefix, and call Polly', () => {
    const policies = synth.template.findResources('AWS::IAM::Policy');
    const statements = Object.values(policies).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>,
    );
    const s3 = statements.filter((s) => JSON.stringify(s.Action).includes('s3:'));
    expect(s3).toHaveLength(1);
    expect(s3[0].Action).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(JSON.stringify(s3[0].Resource)).toMatch(/\/audio\/\*"/);
    const polly = statements.filter((s) => JSON.stringify(s.Action).includes('polly:'));
    expect(polly.map((s) => s.Action)).toEqual(['polly:SynthesizeSpeech']);
  });

  it('tells the function where the parts go', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          AUDIO_BUCKET: { Ref: Match.stringLikeRegexp('^AudioBucket') },
          AUDIO_PREFIX: 'audio/',
        }),
      },
    });
  });
});
