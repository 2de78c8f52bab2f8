/**
 * The Echo Show documents: one per activity type (hold and reps, tempo, breathing) and two for
 * between activities (next, finish), built from one JSON file of shared layouts and per-type
 * views. The file is read on first use, like the strings, so it stays out of the Lambda bundle
 * (infra copies `apl/` beside it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ScreenKind } from './types';

type Json = Record<string, unknown>;

interface ScreensFile {
  base: Json;
  bind: Json[];
  views: Record<ScreenKind, Json[]>;
}

let file: ScreensFile | undefined;

function screens(): ScreensFile {
  if (!file) {
    const candidates = [process.env.APL_DIR, path.join(__dirname, 'apl')];
    const dir = candidates.find((d) => d && existsSync(path.join(d, 'screens.json')));
    if (!dir) throw new Error(`No APL documents found (looked in ${candidates.join(', ')})`);
    file = JSON.parse(readFileSync(path.join(dir, 'screens.json'), 'utf8')) as ScreensFile;
  }
  return file;
}

const shown = (view: string) => `\${view == '${view}' ? 'normal' : 'none'}`;

/** The document for `kind`; it stays on screen for `idleSeconds` without a touch or a word. */
export function screenDocument(kind: ScreenKind, idleSeconds: number): Json {
  const { base, bind, views } = screens();
  return {
    ...base,
    settings: { idleTimeout: Math.ceil(idleSeconds) * 1000 },
    mainTemplate: {
      parameters: ['payload'],
      item: {
        type: 'Frame',
        id: 'root',
        width: '100vw',
        height: '100vh',
        backgroundColor: "${payload.screen.quiet ? '#000000' : '#0B1D26'}",
        bind,
        item: {
          type: 'Container',
          width: '100%',
          height: '100%',
          paddingLeft: '@pad',
          paddingRight: '@pad',
          paddingTop: '@edge',
          paddingBottom: '@edge',
          items: [
            {
              type: 'Header',
              title: '${payload.screen.title}',
              progress: '${payload.screen.progress}',
            },
            {
              type: 'Container',
              width: '100%',
              grow: 1,
              display: shown('exercise'),
              items: views[kind],
            },
            {
              type: 'Container',
              width: '100%',
              grow: 1,
              display: shown('after'),
              items: [{ type: 'After' }],
            },
            {
              type: 'Container',
              width: '100%',
              display: shown('exercise'),
              items: [{ type: 'Controls' }],
            },
            { type: 'Speakers' },
          ],
        },
      },
    },
  };
}
