import * as path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

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
}

/** The item operations the user store performs: get, put (save) and delete (on SkillDisabled). */
const tableActions = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'];

/** The skill's Lambda function: `lambda/index.ts` bundled with esbuild, content beside it. */
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
      },
      bundling: {
        minify: true,
        sourceMap: true,
        target: 'node24',
        // The Node runtime ships AWS SDK v3; leaving it out keeps the bundle small.
        // The runtime ships the AWS SDK v3; the espeak-ng timing tables serve only the local
        // audio preview (lambda/narration/espeak-data.ts loads them lazily, never on Alexa).
        externalModules: ['@aws-sdk/*', './espeak-*.json'],
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // The content loader reads `content/`, and the string loader `i18n/<lang>/*.json`,
          // beside index.js at run time (one language per request, not all in the bundle).
          afterBundling: (inputDir, outputDir) => [
            `cp -R "${path.join(inputDir, 'content')}" "${path.join(outputDir, 'content')}"`,
            `mkdir -p "${path.join(outputDir, 'i18n')}"`,
            `cd "${path.join(inputDir, 'lambda', 'i18n')}" && cp -R --parents */*.json "${path.join(outputDir, 'i18n')}"`,
            // The Echo Show documents (lambda/screen/documents.ts reads them on first use).
            `cp -R "${path.join(inputDir, 'lambda', 'screen', 'apl')}" "${path.join(outputDir, 'apl')}"`,
          ],
        },
      },
    });
  }
}
