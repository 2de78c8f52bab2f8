import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { AlexaSkill, type AlexaSkillProps } from '../../infra/constructs/alexa-skill';

/** The construct alone, on an inline function: no bundling, so these checks are quick. */
function skillIn(props: Partial<AlexaSkillProps>): Stack {
  const stack = new Stack();
  const endpoint = new Function(stack, 'Fn', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({})'),
  });
  const packageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-pkg-'));
  fs.writeFileSync(path.join(packageDir, 'skill.json'), '{}');
  new AlexaSkill(stack, 'Alexa', {
    endpoint,
    packageDir,
    customApi: { interfaces: [] },
    eventSubscriptions: [],
    lwaSecretName: 'back-stretch-coach/lwa',
    ...props,
  });
  return stack;
}

describe('AlexaSkill construct: where the vendor id comes from', () => {
  it('reads the vendor id from an SSM parameter at deploy time', () => {
    const template = Template.fromStack(skillIn({ vendorIdParameter: '/alexa/vendor-id' }));
    const parameters = template.findParameters('*', {
      Type: 'AWS::SSM::Parameter::Value<String>',
      Default: '/alexa/vendor-id',
    });
    const [name] = Object.keys(parameters);
    template.hasResourceProperties('Alexa::ASK::Skill', { VendorId: { Ref: name } });
  });

  it.each([
    [{ vendorId: 'M1ABC', vendorIdParameter: '/x' }, /not both/],
    [{}, /needs vendorId or vendorIdParameter/],
    [{ vendorId: 'M1ABC', lwaSecretName: 'bad name!' }, /not a Secrets Manager name/],
  ])('rejects %j at synth time', (props, message) => {
    expect(() => skillIn(props)).toThrow(message);
  });
});
