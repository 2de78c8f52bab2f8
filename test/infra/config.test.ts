import { checkRegion, defaultLwaSecretName, readDeployConfig } from '../../infra/config';

const read = (context: Record<string, unknown>) => readDeployConfig((key) => context[key]);

describe('deploy settings from CDK context', () => {
  it('deploys only the function and table when nothing is given', () => {
    expect(read({})).toEqual({});
  });

  it('creates the skill with the default secret name when a vendor id is given', () => {
    expect(read({ vendorId: 'M1ABCDEF123' }).skill).toEqual({
      vendorId: 'M1ABCDEF123',
      lwaSecretName: defaultLwaSecretName,
    });
  });

  it('takes the vendor id from an SSM parameter and a custom secret name', () => {
    const config = read({ vendorIdParameter: '/alexa/vendor-id', lwaSecretName: 'my/lwa' });
    expect(config.skill).toEqual({
      vendorIdParameter: '/alexa/vendor-id',
      lwaSecretName: 'my/lwa',
    });
  });

  it.each([
    [{ vendorId: 'M1ABC', vendorIdParameter: '/x' }, /either -c vendorId/],
    [{ vendorId: 'my vendor' }, /ask smapi list-vendors/],
    [{ lwaSecretName: 'my/lwa' }, /add -c vendorId/],
    [{ skillId: 'abc' }, /amzn1\.ask\.skill\.<uuid>/],
    [{ privacyPolicyUrl: 'http://example.com/privacy' }, /https:\/\//],
  ])('rejects %j with a message that says what to do', (context, message) => {
    expect(() => read(context)).toThrow(message);
  });

  it('accepts only regions with the Alexa Skills Kit trigger', () => {
    expect(() => checkRegion('eu-west-1')).not.toThrow();
    expect(() => checkRegion(undefined)).not.toThrow();
    expect(() => checkRegion('eu-central-1')).toThrow(/us-east-1, eu-west-1, us-west-2/);
  });
});
