/**
 * The CDK app: `npm run synth`, `npx cdk deploy [-c vendorId=...] [-c skillId=...]`.
 * Settings come from context (see config.ts and infra/README.md); cdk-nag's AwsSolutions
 * checks run on every synth and fail it on any finding without an acknowledged reason.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { checkRegion, readDeployConfig } from './config';
import { BackStretchCoachStack } from './stack';

const app = new App();
// The CLI sets this from the profile on deploy; offline synth leaves it unset.
checkRegion(process.env.CDK_DEFAULT_REGION);
const config = readDeployConfig((key) => app.node.tryGetContext(key));
new BackStretchCoachStack(app, 'BackStretchCoach', {
  config,
  description: 'Back Stretch Coach: Alexa skill function, user table, alarms and skill.',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
