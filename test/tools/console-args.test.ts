import { parseArgs, withNpmConfig } from '../../tools/lib/console-args';
import { ensureDir } from '../../tools/lib/ensure-dir';

describe('console options with or without --', () => {
  it.each<[string, string[], Record<string, string>, Partial<ReturnType<typeof parseArgs>>]>([
    ['after --', ['--locale', 'de-DE'], {}, { locale: 'de-DE' }],
    ['npm start --locale de-DE', ['de-DE'], { npm_config_locale: 'true' }, { locale: 'de-DE' }],
    ['npm start --locale=es-ES', [], { npm_config_locale: 'es-ES' }, { locale: 'es-ES' }],
    ['npm start --speak', [], { npm_config_speak: 'true' }, { speak: true }],
    [
      'npm start --locale de-DE --user sam --screen',
      ['de-DE', 'sam'],
      { npm_config_locale: 'true', npm_config_user: 'true', npm_config_screen: 'true' },
      { locale: 'de-DE', user: 'sam', screen: true },
    ],
  ])('%s', (_, argv, env, expected) => {
    expect(parseArgs(withNpmConfig(argv, env))).toMatchObject(expected);
  });

  it('says how to pass an option it does not know', () => {
    expect(() => parseArgs(['de-DE'])).toThrow('Pass options after --');
  });
});

describe('ensureDir', () => {
  it('fails with an error under /proc instead of hanging', () => {
    expect(() => ensureDir('/proc/no-such-folder/below')).toThrow(/ENOENT|EACCES|EPERM/);
  });
});
