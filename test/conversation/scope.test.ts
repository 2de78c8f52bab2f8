/**
 * Words whose meaning depends on the question asked: guards against samples that generalise
 * too far (a "leave it" that cancels the routine, a "leave it out" that plays the move).
 */
import type { Language } from '../../lambda/ids';
import { check, type Phrase } from './held-out';

const cases: [Language, Phrase][] = [
  ['es', { state: 'leave-out', said: 'déjalo fuera', meaning: 'left-out' }],
  ['es', { state: 'ready', said: 'déjalo fuera', meaning: 'skip-next' }],
  ['es', { state: 'leave-out', said: 'déjalo', meaning: 'kept' }],
  ['es', { state: 'ready', said: 'déjalo', meaning: 'pause' }],
  ['es', { state: 'offer', said: 'déjalo', meaning: 'decline' }],
  ['en', { state: 'ready', said: 'take it out', meaning: 'skip-next' }],
  ['en', { state: 'leave-out', said: 'take it out', meaning: 'left-out' }],
  ['de', { state: 'ready', said: 'lass sie weg', meaning: 'skip-next' }],
  ['de', { state: 'leave-out', said: 'lass sie weg', meaning: 'left-out' }],
  ['en', { state: 'offer', said: 'go on then', meaning: 'start:bedside-morning' }],
];

describe('words scoped by the question', () => {
  it.each(cases)('%s: %j', async (lang, phrase) => {
    const verdict = await check(phrase, lang);
    expect({ ok: verdict.ok, heard: verdict.heard }).toMatchObject({ ok: true });
  });
});
