/**
 * What the cold-start bench and the profiler start: the skill for a new user's launch and for
 * a returning user's launch (a resume offer), and the hello-world skill, each bundle laid out
 * as the Lambda's (index.js with what ships beside it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchRequest, newConversation } from '../../tools/lib/envelopes';
import { buildDriver } from './build-drivers';
import { bundle, type BundleResult } from './bundle';
import type { ColdCase } from './cold-start';
import { ContentDir, Entries, I18nDir, OutDir, Root } from './paths';
import { returningUser } from './returning-user';

export interface ColdBuild {
  skill: BundleResult;
  hello: BundleResult;
  driver: string;
  cases: { skillNew: ColdCase; skillReturning: ColdCase; hello: ColdCase };
}

/** What infra/constructs/skill-function.ts copies beside index.js: content/ and i18n/. */
function shipLikeInfra(outDir: string): void {
  fs.cpSync(ContentDir, path.join(outDir, 'content'), { recursive: true });
  for (const lang of fs.readdirSync(I18nDir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    const to = path.join(outDir, 'i18n', lang.name);
    fs.mkdirSync(to, { recursive: true });
    for (const f of fs
      .readdirSync(path.join(I18nDir, lang.name))
      .filter((n) => n.endsWith('.json')))
      fs.copyFileSync(path.join(I18nDir, lang.name, f), path.join(to, f));
  }
}

export async function buildColdCases(): Promise<ColdBuild> {
  fs.mkdirSync(OutDir, { recursive: true });
  const skill = await bundle(Entries.skill, path.join(OutDir, 'skill'), shipLikeInfra);
  const hello = await bundle(Entries.hello, path.join(OutDir, 'hello'));
  const driver = await buildDriver(path.join(Root, 'bench', 'drivers', 'cold.ts'), OutDir);
  const write = (name: string, envelope: unknown) => {
    const file = path.join(OutDir, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(envelope));
    return file;
  };
  const newUser = write('launch-new-user', launchRequest(newConversation()));
  const returning = await returningUser(path.join(OutDir, 'returning-user-data'));
  return {
    skill,
    hello,
    driver,
    cases: {
      skillNew: { bundle: skill.file, envelopeFile: newUser, expectPending: 'offer-start' },
      skillReturning: {
        bundle: skill.file,
        envelopeFile: write('launch-returning-user', returning.launch),
        seedDataDir: returning.dataDir,
        expectPending: 'offer-resume',
      },
      hello: { bundle: hello.file, envelopeFile: newUser },
    },
  };
}
