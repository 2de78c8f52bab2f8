import { createHash, randomBytes } from 'node:crypto';
import { sha256Hex } from '../../lambda/sha256';

const nodeSha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('sha256Hex (the skill hashes ids without loading node:crypto)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j to the published digest', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('agrees with node:crypto on every length across block edges, and on non-ASCII text', () => {
    for (let n = 0; n < 200; n++) {
      const text = randomBytes(n).toString('base64').slice(0, n) + 'ü€😀'.repeat(n % 3);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
    const userId = `amzn1.ask.account.${'A'.repeat(200)}`;
    expect(sha256Hex(userId)).toBe(nodeSha256(userId));
  });
});
