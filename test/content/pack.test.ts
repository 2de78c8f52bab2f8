import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildContentPacks } from '../../infra/content-pack/build';
import { loadCatalog } from '../../lambda/content';
import { linkLanguages, planViewKey, type ContentPack } from '../../lambda/content/pack';
import { DefaultPreferences } from '../../lambda/narration';
import { narratedPlan, narrationPhrases, planView } from '../../lambda/turn/plans';
import { translatorFor } from '../../lambda/i18n';
import { contentDir } from './support';

/** Packs as the Lambda reads them: parsed from JSON, linked to the other languages' packs. */
function readBack(packs: ContentPack[], first: string): { pack: ContentPack; reads: string[] } {
  const copies = new Map(packs.map((p) => [p.language, JSON.parse(JSON.stringify(p))]));
  const reads: string[] = [];
  const pack = copies.get(first)!;
  linkLanguages(pack, (lang) => {
    reads.push(lang);
    return copies.get(lang)!;
  });
  return { pack, reads };
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
    'read from the %s pack, the catalog equals the content in every language',
    (first) => {
      const { pack, reads } = readBack(packs, first);
      // Nothing else is read until a text in another language is asked for.
      expect(reads).toEqual([]);
      expect(pack.routineOrder).toEqual(source.routineOrder);
      expect(pack.exercises).toEqual([...source.exercises.values()]);
      expect(pack.routines).toEqual(source.routineOrder.map((id) => source.routines.get(id)));
      expect(pack.avoided).toEqual([...source.avoided.values()]);
      expect(pack.weeklyPlan).toEqual(source.weeklyPlan);
      expect(reads.sort()).toEqual(source.languages.filter((l) => l !== first).sort());
    },
  );

  it('packs each activity the view narration gives with default settings', () => {
    const [en] = packs;
    const locale = 'en-US';
    const o = {
      prefs: DefaultPreferences,
      locale,
      voice: 'alexa' as const,
      phrases: narrationPhrases(translatorFor(locale)),
    };
    for (const id of source.routineOrder) {
      const activity = { kind: 'routine' as const, id };
      expect(en.planViews[planViewKey(activity)]).toEqual(planView(narratedPlan(activity, o)!));
    }
  });

  it('fails loudly when the packs of two languages do not line up', () => {
    const de = packs.find((p) => p.language === 'de')!;
    const broken = packs.map((p) => (p === de ? { ...de, exercises: de.exercises.slice(1) } : p));
    const { pack } = readBack(broken, 'en');
    expect(() => pack.exercises[0].name.de).toThrow(/do not line up/);
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
