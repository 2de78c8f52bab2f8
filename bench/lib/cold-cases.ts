/**
 * What the cold-start bench and the profiler start: the skill for a new user's launch and for
 * a returning user's launch (a resume offer), and the hello-world skill, each bundle laid out
 * as the Lambda's (index.js with what ships beside it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeLambdaFiles } from '../../infra/content-pack/write';
import { launchRequest, newConversation } from '../../tools/lib/envelopes';
import { buildDriver } from './build-drivers';
import { bundle, type BundleResult } from './bundle';
import type { ColdCase } from './cold-start';
import { Entries, OutDir, Root } from './paths';
import { returningUser } from './returning-user';

export interface ColdBuild {
  skill: BundleResult;
  hello: BundleResult;
  driver: string;
  cases: { skillNew: ColdCase; skillReturning: ColdCase; hello: ColdCase };
}

export async function buildColdCases(): Promise<ColdBuild> {
  fs.mkdirSync(OutDir, { recursive: true });
  // What infra ships beside index.js: content packs and string files.
  const skill = await bundle(Entries.skill, path.join(OutDir, 'skill'), (dir) =>
    writeLambdaFiles(Root, dir),
  );
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
