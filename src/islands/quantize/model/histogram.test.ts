import { describe, expect, it } from 'vitest';
import { dequantizeInt8, quantizeInt8 } from './affine';
import { distinctCount, extent, histogram } from './histogram';

describe('weight histograms', () => {
  it('counts values into equal bins, the top edge in the last bin', () => {
    expect(Array.from(histogram([0, 0.1, 0.5, 0.99, 1], 2, 0, 1))).toEqual([2, 3]);
    expect(Array.from(histogram([-5, 5], 4, -1, 1))).toEqual([1, 0, 0, 1]); // outside: clamped into the end bins
    expect(() => histogram([1], 0, 0, 1)).toThrow(/whole number of bins/);
  });

  it('shows int8 as at most 256 distinct values inside the float32 range', () => {
    const values = Float32Array.from({ length: 10_000 }, (_, i) => Math.sin(i) * 0.3);
    const back = dequantizeInt8(quantizeInt8(values));
    expect(distinctCount(values)).toBeGreaterThan(5_000);
    expect(distinctCount(back)).toBeLessThanOrEqual(256);
    const [lo, hi] = extent(values);
    expect(extent(back)[0]).toBeGreaterThanOrEqual(lo - 0.3 / 255);
    expect(extent(back)[1]).toBeLessThanOrEqual(hi + 0.3 / 255);
    expect(extent([])).toEqual([0, 0]);
  });
});
