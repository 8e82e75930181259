import { describe, expect, it } from 'vitest';
import { alignShapes, broadcastShape, describeDim } from './broadcast';

describe('broadcasting alignment', () => {
  it('stretches a row over a matrix, aligning from the right', () => {
    const rows = alignShapes([4, 3], [3]);
    expect(rows.map((r) => [r.fromRight, r.a, r.b, r.out, r.verdict])).toEqual([
      [2, 4, null, 4, 'stretch-b'],
      [1, 3, 3, 3, 'equal'],
    ]);
    expect(describeDim(rows[0]!)).toBe('B stretched from 1 (missing axis) to 4');
    expect(broadcastShape([4, 3], [3])).toEqual([4, 3]);
  });

  it('gives the module text\'s column-times-row table', () => {
    expect(broadcastShape([4, 1], [3])).toEqual([4, 3]);
    expect(alignShapes([4, 1], [3]).map((r) => r.verdict)).toEqual(['stretch-b', 'stretch-a']);
  });

  it('marks sizes that are different and not 1 as incompatible', () => {
    const rows = alignShapes([2, 3], [4]);
    expect(rows[1]).toEqual({ fromRight: 1, a: 3, b: 4, out: null, verdict: 'incompatible' });
    expect(describeDim(rows[1]!)).toBe('incompatible: 3 vs 4 (neither is 1)');
    expect(broadcastShape([2, 3], [4])).toBeNull();
  });

  it('treats a missing axis against a real 1 as equal, and scalars as shape ()', () => {
    expect(alignShapes([1], [])).toEqual([{ fromRight: 1, a: 1, b: null, out: 1, verdict: 'equal' }]);
    expect(broadcastShape([], [2, 5])).toEqual([2, 5]);
    expect(broadcastShape([], [])).toEqual([]);
    expect(broadcastShape([5, 1, 7], [6, 1])).toEqual([5, 6, 7]);
  });
});
