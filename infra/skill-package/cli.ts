/**
 * `npm run skill-package -- [--endpoint <lambda arn>] [--privacy-policy-url <https url>]
 *  [--out <dir>]`: writes the ASK CLI project for `ask deploy` users (default `.build/ask`).
 */
import { parseArgs } from 'node:util';
import { buildSkillPackage } from './build';
import { defaultAskProjectDir } from './paths';
import { readInteractionModels } from './read-models';
import { writeAskProject } from './write';

const { values } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    'privacy-policy-url': { type: 'string' },
    out: { type: 'string', default: defaultAskProjectDir },
  },
});

const pkg = buildSkillPackage({
  models: readInteractionModels(),
  endpointArn: values.endpoint,
  privacyPolicyUrl: values['privacy-policy-url'],
});
const dir = writeAskProject(pkg, values.out);
const locales = Object.keys(pkg.models).join(', ');
console.log(`Skill package for ${locales} written to ${dir}`);
if (!values.endpoint) {
  console.log('No --endpoint given: the package has no endpoint and no event subscription yet.');
}
