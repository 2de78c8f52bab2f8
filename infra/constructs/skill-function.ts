import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { writeLambdaFiles } from '../content-pack/write';
import type { AudioBucket } from './audio-bucket';
import { LambdaExternals, LazyEntries, lazyEntryArgs } from './lambda-externals';

/** Properties of {@link SkillFunction}. */
export interface SkillFunctionProps {
  /** The repository root: the entry, lockfile and `content/` are found from it. */
  readonly projectRoot: string;
  /** Where user records live; the function gets item-level read and write on it only. */
  readonly table: ITable;
  /** When known, set as `SKILL_ID` so the skill rejects requests meant for another skill. */
  readonly skillId?: string;
  /** How long logs are kept. @default one month */
  readonly logRetention?: RetentionDays;
  /** Hands-free audio: the bucket's parts, rendered with Polly. @default no hands-free audio */
  readonly audio?: AudioBucket;
}

/** The item operations the user store performs: get, put (save) and delete (on SkillDisabled). */
const tableActions = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'];

/**
 * The skill's Lambda function: `lambda/index.ts` bundled with esbuild; beside it the content
 * packs (validated and indexed at synth, one file per language) and the string files.
 */
export class SkillFunction extends Construct {
  public readonly fn: NodejsFunction;
  public readonly logGroup: LogGroup;
  /** The per-deployment salt of the hashed user ids in the logs (`LOG_HASH_SALT`). */
  public readonly logHashSalt: Secret;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);
    const root = props.projectRoot;
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An explicit role instead of the AWS managed basic-execution policy, whose log
    // permissions cover every log group in the account.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    this.logGroup.grantWrite(role);
    props.table.grant(role, ...tableActions);
    if (props.audio) {
      props.audio.grantParts(role);
      // SynthesizeSpeech has no resource to scope to (Polly's only resources are lexicons).
      role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['polly:SynthesizeSpeech'], resources: ['*'] }),
      );
      Validations.of(role).acknowledge(
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: 'polly:SynthesizeSpeech takes no resource ARN; it is the only action on *.',
        },
        {
          id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.audio.bucket.node.defaultChild as CfnBucket)}.Arn>/${props.audio.prefix}*]`,
          reason:
            'Parts are named by their content hash, so the function reads and writes any key ' +
            'under its own prefix (get and put only, no list or delete).',
        },
      );
    }

    // Built here, at synth, with the skill's own code (content check, loader, narration), then
    // copied beside index.js: a folder of its own, so parallel synths never share files.
    const lambdaFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-lambda-files-'));
    writeLambdaFiles(root, lambdaFiles);
    process.once('exit', () => fs.rmSync(lambdaFiles, { recursive: true, force: true }));

    // The salt of the user-id hashes in the logs: random per deployment, made by Secrets
    // Manager at deploy time, so it is in neither the code nor the template (which holds only
    // a {{resolve:...}} reference). Whoever can read the function's configuration can read it.
    this.logHashSalt = new Secret(this, 'LogHashSalt', {
      description: 'Salt for hashing user ids in the skill logs',
      generateSecretString: { passwordLength: 32, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.fn = new NodejsFunction(this, 'Handler', {
      entry: path.join(root, 'lambda', 'index.ts'),
      handler: 'handler',
      projectRoot: root,
      depsLockFilePath: path.join(root, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      // 512 MB buys CPU for a fast cold start; 7 s leaves margin inside Alexa's 8 s window.
      memorySize: 512,
      timeout: Duration.seconds(7),
      role,
      logGroup: this.logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        NODE_OPTIONS: '--enable-source-maps',
        LOG_HASH_SALT: this.logHashSalt.secretValue.unsafeUnwrap(),
        ...(props.skillId && { SKILL_ID: props.skillId }),
        ...(props.audio && {
          AUDIO_BUCKET: props.audio.bucket.bucketName,
          AUDIO_PREFIX: props.audio.prefix,
        }),
      },
      bundling: {
        minify: true,
        sourceMap: true,
        // Mappings only (no copy of the sources): with --enable-source-maps Node reads and
        // parses the map as it loads index.js, so a smaller map is a faster cold start.
        sourcesContent: false,
        target: 'node24',
        // The runtime's SDK clients and the local-only espeak-ng tables (see lambda-externals).
        externalModules: LambdaExternals,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // The content loader reads `content/<lang>.json`, the string loader `i18n/<lang>/*.json`
          // and the screens `apl/screens.json`, beside index.js at run time (infra/content-pack).
          // Beside them, each lazily required module bundled on its own (lambda-externals).
          afterBundling: (inputDir, outputDir) => [
            `cp -R "${lambdaFiles}/." "${outputDir}"`,
            ...Object.entries(LazyEntries).map(([name, source]) => {
              const esbuild = path.join(inputDir, 'node_modules', '.bin', 'esbuild');
              const out = path.join(outputDir, `${path.basename(name)}.js`);
              const args = lazyEntryArgs(path.join(inputDir, source), out);
              return [esbuild, ...args].map((a) => `"${a}"`).join(' ');
            }),
          ],
        },
      },
    });
  }
}
