import { synthStack, type Synth } from './synth';

const skillId = 'amzn1.ask.skill.0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('stack for a skill made with the ASK CLI (-c skillId=...)', () => {
  let synth: Synth;
  beforeAll(() => {
    synth = synthStack({ skillId });
  });

  it('lets only that skill invoke the function', () => {
    const permissions = Object.values(synth.template.findResources('AWS::Lambda::Permission'));
    expect(permissions.map((p) => p.Properties)).toEqual([
      expect.objectContaining({
        Principal: 'alexa-appkit.amazon.com',
        Action: 'lambda:InvokeFunction',
        EventSourceToken: skillId,
      }),
    ]);
  });

  it('tells the function its skill id so it rejects requests for any other skill', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SKILL_ID: skillId } },
    });
  });

  it('creates no skill and needs no custom resource', () => {
    synth.template.resourceCountIs('Alexa::ASK::Skill', 0);
    synth.template.resourceCountIs('Custom::AWS', 0);
  });
});

describe('stack that created the skill, redeployed with its id (-c vendorId -c skillId)', () => {
  let synth: Synth;
  beforeAll(() => {
    synth = synthStack({ vendorId: 'M1TESTVENDOR42', skillId });
  });

  it('keeps the skill and sets SKILL_ID on the function', () => {
    synth.template.resourceCountIs('Alexa::ASK::Skill', 1);
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SKILL_ID: skillId } },
    });
  });

  it('still scopes the trigger to the id of the skill the stack owns', () => {
    const [skillLogicalId] = Object.keys(synth.template.findResources('Alexa::ASK::Skill'));
    const permissions = Object.values(synth.template.findResources('AWS::Lambda::Permission'));
    expect(permissions.map((p) => p.Properties.EventSourceToken)).toEqual([
      { Ref: skillLogicalId },
    ]);
  });
});
