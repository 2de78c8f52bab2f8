/**
 * Which dialog keys the code can ask for: every string literal and template literal in the
 * folders that speak. A template's `${...}` parts stand for one key segment (no dots), and a
 * template that starts with `${...}` is skipped, so `${key}.prompt` cannot vouch for every
 * key that ends in ".prompt".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template literal's body as a key pattern, or undefined when it opens with `${`. */
function templatePattern(body: string): RegExp | undefined {
  if (body.startsWith('${')) return undefined;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '$' && body[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < body.length && depth > 0) {
        if (body[i] === '{') depth++;
        if (body[i] === '}') depth--;
        i++;
      }
      i--;
      out += '[\\w-]+';
    } else out += escape(body[i]);
  }
  return new RegExp(`^${out}$`);
}

/** The literal keys and key patterns found in the source under `dirs`. */
export function keyUses(dirs: string[]): { literals: Set<string>; patterns: RegExp[] } {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const file of dirs.flatMap(sourceFiles)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) literals.add(m[1] ?? m[2]);
    for (const m of src.matchAll(/`([^`]*)`/g)) {
      const p = templatePattern(m[1]);
      if (p) patterns.push(p);
    }
  }
  return { literals, patterns };
}

/** Whether the code asks for `key`: plural suffixes and ask()'s prompt/reprompt pairs allowed. */
export function isUsed(key: string, uses: ReturnType<typeof keyUses>): boolean {
  const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
  const forms = [base, base.replace(/\.(prompt|reprompt)$/, '')];
  return forms.some((k) => uses.literals.has(k) || uses.patterns.some((p) => p.test(k)));
}
