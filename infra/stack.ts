import * as path from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeployConfig } from './config';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AlexaSkill } from './constructs/alexa-skill';
import { AudioBucket } from './constructs/audio-bucket';
import { alexaPrincipal } from './constructs/alexa-trigger';
import { FunctionAlarms } from './constructs/function-alarms';
import { SkillFunction } from './constructs/skill-function';
import { UserTable } from './constructs/user-table';
import { acknowledgeFindings } from './nag-acknowledgements';
import { buildSkillPackage, eventSubscriptions } from './skill-package/build';
import { repoRoot } from './skill-package/paths';
import { readInteractionModels } from './skill-package/read-models';
import { writeSkillPackage } from './skill-package/write';

/** Properties of {@link BackStretchCoachStack}. */
export interface BackStretchCoachStackProps extends StackProps {
  /** What to deploy: with skill credentials the stack also creates the skill. */
  readonly config: DeployConfig;
  /** The repository root. @default the folder above infra/ */
  readonly projectRoot?: string;
  /** Where the skill package for CfnSkill is written. @default .build/cdk-skill-package */
  readonly skillPackageDir?: string;
}

/** The skill's function, its user table and alarms, and (when configured) the skill itself. */
export class BackStretchCoachStack extends Stack {
  constructor(scope: Construct, id: string, props: BackStretchCoachStackProps) {
    super(scope, id, props);
    const root = props.projectRoot ?? repoRoot;
    const { config } = props;

    const { table } = new UserTable(this, 'Users');
    const audio = new AudioBucket(this, 'Audio');
    const { fn } = new SkillFunction(this, 'Function', {
      projectRoot: root,
      table,
      skillId: config.skillId,
      audio,
    });
    new FunctionAlarms(this, 'Alarms', { fn });

    new CfnOutput(this, 'FunctionArn', { value: fn.functionArn });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'AudioBucketName', {
      value: audio.bucket.bucketName,
      description: 'Hands-free audio: AUDIO_BUCKET=<this> npm run audio:prerender fills it.',
    });

    if (config.skill) {
      const pkg = buildSkillPackage({
        models: readInteractionModels(path.join(root, 'interaction-models')),
        privacyPolicyUrl: config.privacyPolicyUrl,
      });
      const packageDir = props.skillPackageDir ?? path.join(root, '.build', 'cdk-skill-package');
      writeSkillPackage(pkg, packageDir);
      const skill = new AlexaSkill(this, 'Alexa', {
        endpoint: fn,
        packageDir,
        customApi: pkg.manifest.manifest.apis.custom,
        eventSubscriptions,
        ...config.skill,
      });
      new CfnOutput(this, 'SkillId', {
        value: skill.skillId,
        description: 'Redeploy with -c skillId=<this> to also set SKILL_ID on the function.',
      });
    } else if (config.skillId) {
      // A skill made with the ASK CLI: only that skill may invoke the function.
      fn.addPermission('AlexaSkillTrigger', {
        principal: new ServicePrincipal(alexaPrincipal),
        action: 'lambda:InvokeFunction',
        eventSourceToken: config.skillId,
      });
    } else {
      new CfnOutput(this, 'NextSteps', {
        description:
          'Connect a skill with the ASK CLI (infra/README.md, "Without skill credentials").',
        value: [
          '1) npm run skill-package; cd .build/ask; ask deploy  (creates the skill, no endpoint yet)',
          '2) npx cdk deploy -c skillId=<id from .build/ask/.ask/ask-states.json>',
          '3) npm run skill-package -- --endpoint <FunctionArn>; cd .build/ask; ask deploy',
        ].join(' '),
      });
    }
    acknowledgeFindings(this);
  }
}
