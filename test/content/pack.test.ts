import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildContentPacks, runtimeItems } from '../../infra/content-pack/build';
import { loadCatalog } from '../../lambda/content';
import {
  BuildOnlyFields,
  catalogTexts,
  fillLanguage,
  planViewKey,
  type ContentPack,
} from '../../lambda/content/pack';
import { DefaultPreferences } from '../../lambda/narration';
import { narratedPlan, narrationPhrases, planView } from '../../lambda/turn/plans';
import { translatorFor } from '../../lambda/i18n';
import { contentDir } from './support';

/** Packs as the Lambda reads them: parsed from JSON; `first`, filled from the others. */
function readBack(packs: ContentPack[], first: string): ContentPack {
  const copies = packs.map((p): ContentPack => JSON.parse(JSON.stringify(p)));
  const pack = copies.find((p) => p.language === first)!;
  const texts = catalogTexts(pack);
  for (const other of copies) if (other !== pack) fillLanguage(texts, other);
  return pack;
}

describe('content packs (what the Lambda reads instead of content/)', () => {
  const packs = buildContentPacks(contentDir);
  const source = loadCatalog(contentDir);

  it('writes one pack per content language, each with only its own language in it', () => {
    expect(packs.map((p) => p.language)).toEqual(source.languages);
    for (const p of packs) {
      const others = source.languages.filter((l) => l !== p.language);
      const text = JSON.stringify([p.exercises, p.routines, p.avoided, p.weeklyPlan]);
      for (const lang of others) expect(text).not.toContain(`"${lang}":`);
    }
  });

  it.each(['en', 'de', 'es'])(
    'read from the %s pack and filled from the others, the catalog equals the content',
    (first) => {
      const pack = readBack(packs, first);
      const items = runtimeItems(source);
      expect(pack.routineOrder).toEqual(source.routineOrder);
      expect(pack.exercises).toEqual(items.exercises);
      expect(pack.routines).toEqual(items.routines);
      expect(pack.avoided).toEqual(items.avoided);
      expect(pack.weeklyPlan).toEqual(items.weeklyPlan);
    },
  );

  it('leaves out only the build-only fields', () => {
    const [en] = packs;
    const cases = [
      [en.exercises[0], [...source.exercises.values()][0], BuildOnlyFields.exercise],
      [en.exercises[0].timing, [...source.exercises.values()][0].timing, BuildOnlyFields.timing],
      [en.routines[0], source.routines.get(en.routines[0].id), BuildOnlyFields.routine],
      [en.avoided[0], [...source.avoided.values()][0], BuildOnlyFields.avoided],
      [en.weeklyPlan, source.weeklyPlan, BuildOnlyFields.weeklyPlan],
    ] as const;
    for (const [packed, full, dropped] of cases) {
      const kept = Object.keys(full!).filter((k) => !(dropped as readonly string[]).includes(k));
      expect(Object.keys(packed).sort()).toEqual(kept.sort());
    }
  });

  // The packs leave these fields out, so a read of one would be undefined on Lambda only (tests
  // run from content/). Skill code outside the checker and the model build must not read them.
  it('no skill code outside the content checker reads a build-only field', () => {
    const lambda = path.join(__dirname, '..', '..', 'lambda');
    const fields = [...new Set(Object.values(BuildOnlyFields).flat())];
    const read = new RegExp(`[.?]\\s*(${fields.join('|')})\\b|\\[['"](${fields.join('|')})['"]\\]`);
    const checker = /^content\/(schema|pack|validate.*|read-files|parse-content|text-nodes)\.ts$/;
    const readers = fs
      .readdirSync(lambda, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !checker.test(f))
      .filter((f) => read.test(fs.readFileSync(path.join(lambda, f), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('packs each activity the view narration gives with default settings', () => {
    const [en] = packs;
    const locale = 'en-US';
    const o = {
      prefs: DefaultPreferences,
      locale,
      voice: 'alexa' as const,
      phrases: narrationPhrases(translatorFor(locale)),
      sessions: {},
    };
    for (const id of source.routineOrder) {
      const activity = { kind: 'routine' as const, id };
      expect(en.planViews[planViewKey(activity)]).toEqual(planView(narratedPlan(activity, o)!));
    }
  });

  it('fails loudly when the packs of two languages do not line up', () => {
    const de = packs.find((p) => p.language === 'de')!;
    const broken = packs.map((p) => (p === de ? { ...de, exercises: de.exercises.slice(1) } : p));
    expect(() => readBack(broken, 'en')).toThrow(/pack de does not line up/);
  });

  it('refuses to pack content that fails the content check', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-pack-'));
    fs.cpSync(contentDir, dir, { recursive: true });
    const routine = path.join(dir, 'routines', `${source.routineOrder[0]}.json`);
    const data = JSON.parse(fs.readFileSync(routine, 'utf8'));
    data.steps[0].exercise = 'no-such-exercise';
    fs.writeFileSync(routine, JSON.stringify(data));
    expect(() => buildContentPacks(dir)).toThrow(/content has errors[\s\S]*no-such-exercise/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
