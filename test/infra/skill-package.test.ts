import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSkillPackage, type SkillPackage } from '../../infra/skill-package/build';
import { publishingText } from '../../infra/skill-package/publishing-text';
import { readInteractionModels } from '../../infra/skill-package/read-models';
import { writeAskProject } from '../../infra/skill-package/write';
import type { InteractionModel } from '../../interaction-models/source/grammar';
import { Locales } from '../../lambda/ids';
import { createMatcher, FallbackIntentName, LaunchRequestName } from '../../tools/lib/nlu';
import { normalise } from '../../tools/lib/nlu-normalise';

const models = readInteractionModels();
const localesWithModel = Object.keys(models).sort();
const arn = 'arn:aws:lambda:us-east-1:123456789012:function:coach';

/** The store requires this sentence, in the listing's language, for health skills. */
const disclaimers: Record<string, string> = {
  en: 'not a substitute for professional medical advice',
  de: 'kein Ersatz für professionellen medizinischen Rat',
  es: 'no sustituye el consejo médico profesional',
};

describe('skill package', () => {
  let pkg: SkillPackage;
  beforeAll(() => {
    pkg = buildSkillPackage({ models, endpointArn: arn });
  });
  const manifest = () => pkg.manifest.manifest;

  it('lists every shipped locale that has an interaction model, and only those', () => {
    expect(localesWithModel.length).toBeGreaterThan(0);
    expect(localesWithModel.every((l) => (Locales as readonly string[]).includes(l))).toBe(true);
    expect(Object.keys(manifest().publishingInformation.locales).sort()).toEqual(localesWithModel);
    expect(Object.keys(pkg.models).sort()).toEqual(localesWithModel);
    const countries = localesWithModel.map((l) => l.slice(3));
    expect([...manifest().publishingInformation.distributionCountries].sort()).toEqual(
      [...new Set(countries)].sort(),
    );
  });

  it.each(localesWithModel)(
    '%s: the description says it is no substitute for medical advice',
    (locale) => {
      const listing = manifest().publishingInformation.locales[locale];
      expect(listing.description).toContain(disclaimers[locale.slice(0, 2)]);
      expect(listing.summary.length).toBeLessThanOrEqual(160);
      expect(listing.description.length).toBeLessThanOrEqual(4000);
      expect(listing.keywords.length).toBeGreaterThan(0);
    },
  );

  it.each(localesWithModel)('%s: three example phrases that the model accepts', (locale) => {
    const model = models[locale] as unknown as InteractionModel;
    const { invocationName } = model.interactionModel.languageModel;
    const matcher = createMatcher(model);
    const phrases = manifest().publishingInformation.locales[locale].examplePhrases;
    const examples = publishingText[locale.slice(0, 2)].examplePhrases;
    expect(phrases).toHaveLength(3);
    phrases.forEach((phrase, i) => {
      expect(phrase).toMatch(/^Alexa, /);
      expect(normalise(phrase)).toContain(normalise(invocationName));
      const { utterance, intent } = examples[i];
      if (i === 0) expect(utterance).toBeUndefined(); // the store wants a plain launch first
      if (!utterance) return;
      expect(normalise(phrase).endsWith(normalise(utterance))).toBe(true);
      expect({ utterance, intent: matcher.match(utterance).intent }).toEqual({
        utterance,
        intent: intent ?? expect.not.stringMatching(FallbackIntentName),
      });
    });
    if (locale.startsWith('en')) {
      // The English matcher also parses the whole phrase, invocation included.
      expect(matcher.match(phrases[0]).intent).toBe(LaunchRequestName);
      phrases.slice(1).forEach((phrase, i) => {
        expect(matcher.match(phrase)).toMatchObject({
          invocation: 'one-shot',
          intent: examples[i + 1].intent,
        });
      });
    }
  });

  it('is a health and fitness skill with honest privacy and compliance flags', () => {
    expect(manifest().publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(manifest().privacyAndCompliance).toEqual({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
  });

  it('declares APL for screens, the reminders permission, and the events it acts on', () => {
    const { apis, permissions, events } = manifest();
    expect(apis.custom.endpoint).toEqual({ uri: arn });
    expect(apis.custom.interfaces).toEqual([
      expect.objectContaining({ type: 'ALEXA_PRESENTATION_APL' }),
    ]);
    expect(apis.custom.interfaces[0].supportedViewports.length).toBeGreaterThan(0);
    expect(permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
    expect(events).toEqual({
      endpoint: { uri: arn },
      subscriptions: [
        { eventName: 'SKILL_DISABLED' },
        { eventName: 'REMINDERS_REMINDER_DELETED' },
        { eventName: 'REMINDERS_REMINDER_STATUS_CHANGED' },
      ],
    });
  });

  it('leaves out endpoint and events until the function ARN is known', () => {
    const bare = buildSkillPackage({ models }).manifest.manifest;
    expect(bare.apis.custom.endpoint).toBeUndefined();
    expect(bare.events).toBeUndefined();
  });

  it('lists the privacy policy for every locale when one is given', () => {
    const url = 'https://example.org/privacy';
    const { privacyAndCompliance } = buildSkillPackage({ models, privacyPolicyUrl: url }).manifest
      .manifest;
    expect(Object.keys(privacyAndCompliance.locales ?? {}).sort()).toEqual(localesWithModel);
    expect(() => buildSkillPackage({ models, privacyPolicyUrl: 'http://x' })).toThrow(/https/);
  });

  it('refuses to build without models, naming the command that makes them', () => {
    expect(() => buildSkillPackage({ models: {} })).toThrow(/npm run models:build/);
  });

  it('writes an ASK CLI v2 project that `ask deploy` can run in', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-ask-'));
    const packageDir = writeAskProject(pkg, dir);
    const resources = JSON.parse(fs.readFileSync(path.join(dir, 'ask-resources.json'), 'utf8'));
    expect(path.resolve(dir, resources.profiles.default.skillMetadata.src)).toBe(packageDir);
    const written = JSON.parse(fs.readFileSync(path.join(packageDir, 'skill.json'), 'utf8'));
    expect(written).toEqual(pkg.manifest);
    for (const locale of localesWithModel) {
      const file = path.join(packageDir, 'interactionModels', 'custom', `${locale}.json`);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(models[locale]);
    }
  });
});
