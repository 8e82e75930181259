import { describe, expect, it } from 'vitest';
import { histogram } from './histogram';

describe('histogram (np.histogram with a range)', () => {
  it('puts each value in its half-open bin and the maximum in the last bin', () => {
    // np.histogram([0, 0.1, 0.25, 0.5, 0.99, 1], bins=4, range=(0, 1)) -> [2, 1, 1, 2], edges 0, .25, .5, .75, 1
    const { counts, edges } = histogram([0, 0.1, 0.25, 0.5, 0.99, 1], 4, 0, 1);
    expect(counts).toEqual([2, 1, 1, 2]);
    expect(edges).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('leaves out values outside the range and NaN', () => {
    expect(histogram([-1, 0.5, 2, Number.NaN], 2, 0, 1).counts).toEqual([0, 1]);
  });

  it('refuses no bins or an empty range', () => {
    expect(() => histogram([1], 0, 0, 1)).toThrow(/bins/);
    expect(() => histogram([1], 3, 1, 1)).toThrow(/max > min/);
  });
});
