import { describe, expect, it } from 'vitest';
import { flaggedFraction, isAnomaly, percentile } from './threshold';

describe('percentile (numpy linear)', () => {
  it('matches np.percentile on known arrays', () => {
    // np.percentile([1, 2, 3, 4], 50) = 2.5; [..., 99] = 3.97; np.percentile(range(101), 99) = 99.
    expect(percentile([4, 1, 3, 2], 50)).toBeCloseTo(2.5, 12);
    expect(percentile([1, 2, 3, 4], 99)).toBeCloseTo(3.97, 12);
    expect(percentile(Array.from({ length: 101 }, (_, i) => 100 - i), 99)).toBeCloseTo(99, 12);
    expect(percentile([5], 99)).toBe(5);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });

  it('flags about 1% of the values it was taken from at the 99th percentile', () => {
    const errors = Array.from({ length: 1000 }, (_, i) => i / 1000);
    const threshold = percentile(errors, 99);
    expect(flaggedFraction(errors, threshold)).toBeCloseTo(0.01, 3);
    expect(isAnomaly(threshold, threshold)).toBe(false);
    expect(isAnomaly(threshold + 1e-9, threshold)).toBe(true);
  });

  it('refuses an empty array or a percentile outside 0-100', () => {
    expect(() => percentile([], 99)).toThrow(/No values/);
    expect(() => percentile([1], 101)).toThrow(/from 0 to 100/);
  });
});
