import { expand, slotsIn } from '../../interaction-models/source/grammar';

describe('expanding a sample pattern', () => {
  it.each([
    ['start my routine', ['start my routine']],
    ['(start|begin) now', ['start now', 'begin now']],
    ['start [my|the] routine', ['start my routine', 'start the routine', 'start routine']],
    ["I('d like| want) to go", ["I'd like to go", 'I want to go']],
    ['(go [a bit] slower|slow down)', ['go a bit slower', 'go slower', 'slow down']],
    ['(start|start) [it]', ['start it', 'start']],
    ['do {exercise} [please]', ['do {exercise} please', 'do {exercise}']],
  ])('%s', (pattern, sentences) => {
    expect(expand(pattern)).toEqual(sentences);
  });

  it.each(['(start|begin', 'start]', '[my (routine]'])('rejects the malformed pattern %s', (p) => {
    expect(() => expand(p)).toThrow(/in pattern/);
  });

  it('lists the slots a sample refers to', () => {
    expect(slotsIn('in for {inhale} and out for {exhale}')).toEqual(['inhale', 'exhale']);
  });
});
