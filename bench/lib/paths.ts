/** Where the bench reads from and writes to. Everything it builds goes under bench/out/. */
import path from 'node:path';

export const Root = path.resolve(__dirname, '..', '..');
export const OutDir = path.join(Root, 'bench', 'out');
export const ContentDir = path.join(Root, 'content');
/** The skill's string files (the Lambda ships them beside index.js as i18n/). */
export const I18nDir = path.join(Root, 'lambda', 'i18n');

export const Entries = {
  skill: path.join(Root, 'lambda', 'index.ts'),
  hello: path.join(Root, 'bench', 'hello-world', 'index.ts'),
} as const;

/** The two Lambda entries the bench compares. */
export type SkillName = keyof typeof Entries;
