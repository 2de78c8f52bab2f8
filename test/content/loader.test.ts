import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getCatalog, loadCatalog } from '../../lambda/content';
import { contentDir } from './support';

const filesIn = (sub: string) => fs.readdirSync(path.join(contentDir, sub)).length;

describe('content loader', () => {
  it('returns every exercise, routine and avoided move in the folder', () => {
    const catalog = getCatalog();
    expect(catalog.exercises.size).toBe(filesIn('exercises'));
    expect(catalog.routines.size).toBe(filesIn('routines'));
    const avoided = JSON.parse(fs.readFileSync(path.join(contentDir, 'avoided.json'), 'utf8'));
    expect(catalog.avoided.size).toBe(avoided.length);
    expect(catalog.weeklyPlan.days).toHaveLength(7);
    expect(catalog.languages).toEqual(['en', 'de', 'es']);
  });

  it('lists routines with bedside-morning first and each routine once', () => {
    const { routineOrder, routines } = getCatalog();
    expect(routineOrder[0]).toBe('bedside-morning');
    expect([...routineOrder].sort()).toEqual([...routines.keys()].sort());
  });

  it('reads the folder named by CONTENT_DIR', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.cpSync(contentDir, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'routines', 'desk-break.json'));
    const saved = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = dir;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('../../lambda/content') as typeof import('../../lambda/content');
        expect(fresh.getRoutine('desk-break')).toBeUndefined();
        expect(fresh.getRoutine('bedside-morning')?.inBed).toBe(true);
        expect(fresh.listRoutines().map((r) => r.id)).not.toContain('desk-break');
      });
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps order from the manifest and appends routines it does not list', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.cpSync(contentDir, dir, { recursive: true });
    const manifest = { languages: ['en'], order: ['breathing', 'bedside-morning'] };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    try {
      const order = loadCatalog(dir).routineOrder;
      expect(order.slice(0, 2)).toEqual(['breathing', 'bedside-morning']);
      expect(order).toHaveLength(9);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
