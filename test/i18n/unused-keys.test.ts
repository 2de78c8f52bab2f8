import path from 'node:path';
import { isUsed, keyUses } from './key-uses';
import { strings } from './resources';

const root = path.join(__dirname, '../../lambda');
const uses = keyUses(['render', 'handlers', 'turn', 'reminders'].map((d) => path.join(root, d)));

describe('English dialog keys', () => {
  const keys = [...strings('en', 'dialog').keys()];

  it('are each asked for by the code that speaks', () => {
    expect(keys.filter((k) => !isUsed(k, uses))).toEqual([]);
  });

  it('are checked by a test that can fail: made-up keys count as unused', () => {
    expect(keys.length).toBeGreaterThan(100);
    const madeUp = [
      'zz.never',
      'welcome.never',
      'offer.first-time.never',
      'nothing.a.b',
      'never.prompt',
    ];
    expect(madeUp.filter((k) => isUsed(k, uses))).toEqual([]);
  });
});
