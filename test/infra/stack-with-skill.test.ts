import * as fs from 'node:fs';
import * as path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { assetDir, flatten, listFiles, synthStack, type Synth } from './synth';

const vendorId = 'M1TESTVENDOR42';
const secretName = 'back-stretch-coach/lwa';

describe('stack with skill credentials (creates the skill itself)', () => {
  let synth: Synth;
  let skillLogicalId: string;
  beforeAll(() => {
    synth = synthStack({ vendorId });
    [skillLogicalId] = Object.keys(synth.template.findResources('Alexa::ASK::Skill'));
  });

  const resourcesOf = (type: string) => synth.template.findResources(type);
  const customResources = () =>
    Object.entries(resourcesOf('Custom::AWS')).map(([id, r]) => ({
      id,
      dependsOn: [r.DependsOn ?? []].flat() as string[],
      create: flatten(r.Properties.Create),
      update: r.Properties.Update ? flatten(r.Properties.Update) : undefined,
      remove: r.Properties.Delete ? flatten(r.Properties.Delete) : undefined,
    }));

  it('creates one skill with the vendor id and Login-with-Amazon secrets by reference', () => {
    synth.template.resourceCountIs('Alexa::ASK::Skill', 1);
    const ref = (field: string) =>
      `{{resolve:secretsmanager:${secretName}:SecretString:${field}::}}`;
    synth.template.hasResourceProperties('Alexa::ASK::Skill', {
      VendorId: vendorId,
      AuthenticationConfiguration: {
        ClientId: ref('clientId'),
        ClientSecret: ref('clientSecret'),
        RefreshToken: ref('refreshToken'),
      },
    });
  });

  it('holds no literal secret anywhere in the template', () => {
    const text = JSON.stringify(synth.template.toJSON());
    // Shapes of real Login-with-Amazon values: client ids, refresh and access tokens.
    expect(text).not.toMatch(/amzn1\.application-oa2-client\.[0-9a-f]{8}/);
    expect(text).not.toMatch(/Atz[rc]\|/);
    expect(text).not.toContain('ssm-secure');
    const auth = Object.values(resourcesOf('Alexa::ASK::Skill'))[0].Properties
      .AuthenticationConfiguration as Record<string, string>;
    for (const value of Object.values(auth)) {
      expect(value).toMatch(/^\{\{resolve:secretsmanager:[^}]+\}\}$/);
    }
  });

  it('uploads the skill package in ASK CLI layout with a model for every locale', () => {
    const skill = resourcesOf('Alexa::ASK::Skill')[skillLogicalId];
    const dir = assetDir(synth.outdir, skill.Properties.SkillPackage.S3Key);
    const files = listFiles(dir);
    const repoModels = fs
      .readdirSync(path.join(__dirname, '..', '..', 'interaction-models'))
      .filter((f) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(f));
    expect(repoModels.length).toBeGreaterThan(0);
    expect(files).toEqual(
      ['skill.json', ...repoModels.map((f) => `interactionModels/custom/${f}`)].sort(),
    );
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'skill.json'), 'utf8')).manifest;
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual(
      repoModels.map((f) => f.replace('.json', '')).sort(),
    );
  });

  it('points the skill and its events (SKILL_DISABLED, reminders) at the function', () => {
    const endpoint = { uri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FunctionHandler'), 'Arn'] } };
    synth.template.hasResourceProperties('Alexa::ASK::Skill', {
      SkillPackage: {
        Overrides: {
          Manifest: {
            apis: { custom: { endpoint, interfaces: [{ type: 'ALEXA_PRESENTATION_APL' }] } },
            events: {
              endpoint,
              subscriptions: [
                { eventName: 'SKILL_DISABLED' },
                { eventName: 'REMINDERS_REMINDER_DELETED' },
                { eventName: 'REMINDERS_REMINDER_STATUS_CHANGED' },
              ],
            },
          },
        },
      },
    });
  });

  it('lets Alexa read exactly that package object and nothing else', () => {
    const skill = resourcesOf('Alexa::ASK::Skill')[skillLogicalId];
    const roleId = skill.Properties.SkillPackage.S3BucketRole['Fn::GetAtt'][0];
    const role = resourcesOf('AWS::IAM::Role')[roleId];
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'alexa-appkit.amazon.com' } }),
    ]);
    const policies = Object.values(resourcesOf('AWS::IAM::Policy')).filter((p) =>
      p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId),
    );
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
    expect(statements).toHaveLength(1);
    expect(statements[0].Action).toBe('s3:GetObject');
    expect(flatten(statements[0].Resource)).toMatch(
      new RegExp(`/${skill.Properties.SkillPackage.S3Key.replace('.', '\\.')}$`),
    );
  });

  it('scopes the Alexa trigger to the new skill id once the skill exists', () => {
    const permissions = Object.values(resourcesOf('AWS::Lambda::Permission'));
    expect(permissions).toHaveLength(1);
    expect(permissions[0].Properties).toMatchObject({
      Principal: 'alexa-appkit.amazon.com',
      Action: 'lambda:InvokeFunction',
      EventSourceToken: { Ref: skillLogicalId },
    });
  });

  it('opens the trigger before creating the skill and closes it after scoping', () => {
    const calls = customResources();
    const open = calls.find((c) => c.create.includes('"action":"addPermission"'));
    const close = calls.find((c) => c.create.includes('"action":"removePermission"'));
    expect(open).toBeDefined();
    expect(close).toBeDefined();
    // The open grant has no event source token; closing removes that very statement.
    expect(open!.create).not.toContain('EventSourceToken');
    const statementId = /"StatementId":"([^"]+)"/.exec(open!.create)![1];
    expect(close!.create).toContain(`"StatementId":"${statementId}"`);
    expect(open!.remove).toContain(`"StatementId":"${statementId}"`);
    // Order: open grant -> skill -> scoped permission -> close.
    const skill = resourcesOf('Alexa::ASK::Skill')[skillLogicalId];
    expect([skill.DependsOn].flat()).toContain(open!.id);
    const [scopedId] = Object.keys(resourcesOf('AWS::Lambda::Permission'));
    expect(close!.dependsOn).toEqual(expect.arrayContaining([skillLogicalId, scopedId]));
  });

  it('outputs the new skill id', () => {
    synth.template.hasOutput('SkillId', { Value: { Ref: skillLogicalId } });
  });

  it('passes cdk-nag AwsSolutions with every acknowledged finding carrying a reason', () => {
    const report = new AwsSolutionsChecks(synth.app).validateScope(synth.stack);
    expect(report.violations).toEqual([]);
    const acknowledged = synth.stack.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === 'aws:cdk:acknowledged-rules');
    expect(acknowledged.length).toBeGreaterThan(0);
    // Metadata maps each acknowledged rule id to its reason.
    for (const entry of acknowledged) {
      for (const reason of Object.values(entry.data as Record<string, string>)) {
        expect(reason.length).toBeGreaterThan(30);
      }
    }
  });
});
