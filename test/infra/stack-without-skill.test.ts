import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { launchRequest, newConversation } from '../../tools/lib/envelopes';
import { assetDir, listFiles, synthStack, type Synth } from './synth';

const repoRoot = path.resolve(__dirname, '..', '..');

describe('stack without skill credentials (function, table and alarms only)', () => {
  let synth: Synth;
  beforeAll(() => {
    synth = synthStack();
  });

  it('runs the skill on a current Node runtime on arm64, inside the 8 s answer window', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Runtime: Match.stringLikeRegexp('^nodejs(2[2-9]|[3-9][0-9])\\.x$'),
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 7,
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.stringLikeRegexp('^UsersTable') },
          NODE_OPTIONS: '--enable-source-maps',
          AUDIO_BUCKET: { Ref: Match.stringLikeRegexp('^AudioBucket') },
          AUDIO_PREFIX: 'audio/',
        },
      },
    });
  });

  it('sets neither SKILL_ID nor DATA_DIR when no skill id is known', () => {
    const [fn] = Object.values(synth.template.findResources('AWS::Lambda::Function'));
    const variables = Object.keys(fn.Properties.Environment.Variables);
    expect(variables.sort()).toEqual([
      'AUDIO_BUCKET',
      'AUDIO_PREFIX',
      'LOG_HASH_SALT',
      'NODE_OPTIONS',
      'TABLE_NAME',
    ]);
  });

  it('salts log hashes with a secret generated at deploy time, never a literal', () => {
    synth.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true },
    });
    const [fn] = Object.values(synth.template.findResources('AWS::Lambda::Function'));
    const salt = JSON.stringify(fn.Properties.Environment.Variables.LOG_HASH_SALT);
    expect(salt).toMatch(/\{\{resolve:secretsmanager:/);
    expect(salt).toMatch(/LogHashSalt/);
  });

  it('ships a minified bundle with its source map and one content pack per language', () => {
    const [fn] = Object.values(synth.template.findResources('AWS::Lambda::Function'));
    const dir = assetDir(synth.outdir, fn.Properties.Code.S3Key);
    const files = listFiles(dir);
    expect(files).toEqual(expect.arrayContaining(['index.js', 'index.js.map']));
    // Content ships validated and packed: one file per language, not the source folder.
    const manifest = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'content', 'manifest.json'), 'utf8'),
    );
    const packs = (manifest.languages as string[]).map((lang) => `content/${lang}.json`);
    expect(files.filter((f) => f.startsWith('content/'))).toEqual(packs.sort());
    // Strings ship as files too, one folder per language, read per request's language.
    expect(files).toEqual(
      expect.arrayContaining([
        'i18n/en/dialog.json',
        'i18n/de/narration.json',
        'i18n/es/dialog.json',
        'apl/screens.json',
      ]),
    );
    const bundle = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
    // Minified: a few dozen lines at most (newlines survive only inside template literals),
    // and the SDK clients left to the runtime rather than bundled...
    expect(bundle.split('\n').length).toBeLessThan(100);
    expect(bundle).toMatch(/require\("@aws-sdk\/lib-dynamodb"\)/);
    expect(bundle).toMatch(/require\("@aws-sdk\/client-s3"\)/);
    // The S3 presigner, which no runtime promises to carry, ships bundled in a file of its own,
    // required only when a hands-free Play signs a URL: no cold start parses it.
    expect(files).toContain('presign.js');
    expect(bundle).toMatch(/require\("\.\/presign"\)/);
    expect(bundle).not.toMatch(/X-Amz-Expires/);
    // The espeak-ng timing tables (local audio preview only) stay out of the Lambda bundle.
    expect(bundle).toMatch(/require\("\.\/espeak-context\.json"\)/);
    expect(Buffer.byteLength(bundle)).toBeLessThan(2_000_000);
    // The edge schema is hand-written: zod checks content at build time and never ships.
    const map = JSON.parse(fs.readFileSync(path.join(dir, 'index.js.map'), 'utf8'));
    expect((map.sources as string[]).filter((s) => s.includes('node_modules/zod'))).toEqual([]);
  });

  it('signs a play URL with the shipped presign.js and the runtime SDK clients alone', () => {
    const [fn] = Object.values(synth.template.findResources('AWS::Lambda::Function'));
    const presign = path.join(assetDir(synth.outdir, fn.Properties.Code.S3Key), 'presign.js');
    // The presigner itself is inside; only SDK clients are left to resolve.
    expect(fs.readFileSync(presign, 'utf8')).not.toMatch(/require\("@aws-sdk\/s3-request/);
    // As on Lambda: bare @aws-sdk/client-* imports resolve through NODE_PATH, to the SDK the
    // runtime provides (here the repo's); nothing else outside the asset.
    const script =
      'const { S3Client } = require("@aws-sdk/client-s3");' +
      'const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };' +
      'const client = new S3Client({ region: "eu-west-1", credentials });' +
      'require(process.argv[1]).presignGet(client, "bucket", "audio/part.mp3", 600)' +
      '.then((url) => process.stdout.write(url));';
    const url = execFileSync(process.execPath, ['-e', script, presign], {
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH, NODE_PATH: path.join(repoRoot, 'node_modules') },
    }).toString();
    expect(url).toMatch(/^https:\/\/bucket\.s3\.eu-west-1\.amazonaws\.com\/audio\/part\.mp3\?/);
    expect(url).toMatch(/X-Amz-Expires=600/);
  });

  it('answers a launch request from the bundle alone, reading content and strings beside index.js', () => {
    const [fn] = Object.values(synth.template.findResources('AWS::Lambda::Function'));
    const bundle = path.join(assetDir(synth.outdir, fn.Properties.Code.S3Key), 'index.js');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-run-'));
    // Two launches in one container: German first (its pack read at the cold start), then
    // Spanish (its pack read on demand).
    const script =
      'const { handler } = require(process.argv[1]); (async () => { const out = [];' +
      ' for (const e of JSON.parse(process.argv[2])) out.push(await handler(e));' +
      ' process.stdout.write("@responses " + JSON.stringify(out)); })()';
    const launches = ['de-DE', 'es-ES'].map((locale) =>
      launchRequest(newConversation({ locale, screen: true })),
    );
    const out = execFileSync(process.execPath, ['-e', script, bundle, JSON.stringify(launches)], {
      cwd: work, // away from the repo, so only the bundle's own content/ can be found
      // The Lambda runtime provides the AWS SDK; here the repo's copy stands in for it.
      env: {
        PATH: process.env.PATH,
        NODE_PATH: path.join(repoRoot, 'node_modules'),
        DATA_DIR: work,
      },
      encoding: 'utf8',
    });
    const [response, spanish] = JSON.parse(out.slice(out.indexOf('@responses ') + 11));
    expect(response.response.outputSpeech.ssml).toMatch(/^<speak>.+<\/speak>$/s);
    // German, so the strings came from the bundle's own i18n/ folder, and the routine offered
    // (the first in the manifest's order) is named from its German content pack.
    expect(response.response.outputSpeech.ssml).toMatch(/Willkommen/);
    const content = path.join(repoRoot, 'content');
    const { order } = JSON.parse(fs.readFileSync(path.join(content, 'manifest.json'), 'utf8'));
    const first = JSON.parse(
      fs.readFileSync(path.join(content, 'routines', `${order[0]}.json`), 'utf8'),
    );
    expect(response.response.outputSpeech.ssml).toContain(first.spokenName.de);
    expect(response.response.shouldEndSession).toBe(false);
    expect(spanish.response.outputSpeech.ssml).toContain(first.spokenName.es);
    // An Echo Show gets its screen too, from the bundle's own apl/ folder.
    expect(response.response.directives[0].type).toBe('Alexa.Presentation.APL.RenderDocument');
  });

  it('keeps users in an on-demand, encrypted table with point-in-time recovery, retained', () => {
    synth.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
      },
    });
  });

  it('lets the function get, put and delete items on that table only, with no wildcards', () => {
    const statements = Object.values(synth.template.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    const dynamo = statements.filter((s) =>
      [s.Action].flat().some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo).toHaveLength(1);
    expect([dynamo[0].Action].flat().sort()).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
    ]);
    expect([dynamo[0].Resource].flat()).toEqual([
      { 'Fn::GetAtt': [expect.stringMatching(/^UsersTable/), 'Arn'] },
    ]);
    for (const s of statements) {
      for (const action of [s.Action].flat()) expect(action).not.toContain('*');
    }
    // No AWS managed policy: its log permissions would cover every log group in the account.
    const roles = Object.values(synth.template.findResources('AWS::IAM::Role'));
    for (const role of roles) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('writes logs to its own log group with a retention period', () => {
    synth.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^FunctionLogs') } },
    });
  });

  it.each([
    ['Errors', 'Sum', 1],
    ['Throttles', 'Sum', 1],
  ])('alarms on any %s', (metric, statistic, threshold) => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: metric,
      Statistic: statistic,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp('^Function') } }],
    });
  });

  it('alarms when p99 duration nears the 8 s answer window', () => {
    const alarms = synth.template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { MetricName: 'Duration', ExtendedStatistic: 'p99' },
    });
    const [alarm] = Object.values(alarms);
    expect(alarm.Properties.Threshold).toBeGreaterThanOrEqual(5000);
    expect(alarm.Properties.Threshold).toBeLessThan(8000);
  });

  it('creates no skill and no Alexa trigger, and says how to connect one', () => {
    synth.template.resourceCountIs('Alexa::ASK::Skill', 0);
    synth.template.resourceCountIs('AWS::Lambda::Permission', 0);
    synth.template.hasOutput('FunctionArn', {});
    synth.template.hasOutput('NextSteps', {
      Value: Match.stringLikeRegexp('cdk deploy -c skillId='),
    });
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    const report = new AwsSolutionsChecks(synth.app).validateScope(synth.stack);
    expect(report.violations).toEqual([]);
    expect(report.success).toBe(true);
  });
});
