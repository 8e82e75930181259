import { describe, expect, it } from 'vitest';
import { seededOrder, shuffled } from './shuffle';

describe('shuffled / seededOrder', () => {
  const items = ['a', 'b', 'c', 'd'];
  it('keeps every item once and never returns the given order', () => {
    for (let s = 0; s < 200; s++) {
      const out = seededOrder(items, `seed-${s}`);
      expect([...out].sort()).toEqual(items);
      expect(out).not.toEqual(items);
    }
    expect(shuffled(['x', 'y'], () => 0.99)).toEqual(['y', 'x']);
  });
  it('is the same for the same seed and spreads the first item over all positions', () => {
    expect(seededOrder(items, 'cnn/pooling')).toEqual(seededOrder(items, 'cnn/pooling'));
    const counts = [0, 0, 0, 0];
    for (let s = 0; s < 400; s++) counts[seededOrder(items, `q${s}`).indexOf('a')]!++;
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });
});
