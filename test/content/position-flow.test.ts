import { positionFlowProblems } from '../../lambda/content/position-flow';
import type { Position } from '../../lambda/content/schema';

describe('position flow', () => {
  it.each<[string, Position[], boolean]>([
    ['all in bed', ['in-bed', 'in-bed', 'in-bed'], true],
    ['back, front, then all fours', ['floor-back', 'stomach', 'hands-knees'], false],
    ['floor then up', ['floor-back', 'seated', 'wall', 'seated'], false],
    ['sitting and standing alternate freely', ['seated', 'standing', 'seated', 'standing'], false],
  ])('accepts %s', (_name, positions, inBed) => {
    expect(positionFlowProblems(positions, inBed)).toEqual([]);
  });

  it.each<[string, Position[], boolean, string]>([
    ['getting out of bed mid-routine', ['in-bed', 'floor-back'], true, 'must be in-bed'],
    ['a bed move in a floor routine', ['floor-back', 'in-bed'], false, 'not marked inBed'],
    ['down, up, down again', ['floor-back', 'standing', 'stomach'], false, 'back to floor'],
    [
      'back to a lying position left earlier',
      ['floor-back', 'stomach', 'floor-back'],
      false,
      'back to "floor-back"',
    ],
    [
      'too many changes',
      ['floor-back', 'side-lying', 'stomach', 'hands-knees', 'seated', 'wall'],
      false,
      '5 position changes',
    ],
  ])('rejects %s', (_name, positions, inBed, message) => {
    const problems = positionFlowProblems(positions, inBed);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });
});
