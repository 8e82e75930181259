import { describe, expect, it } from 'vitest';
import { balancedCounts, capHelperCounts, messageOverhead, updateCost } from './balance';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('balancing a batch across workers', () => {
  it('splits evenly between equal workers', () => {
    expect(balancedCounts(64, [{ msPerImage: 2, overheadMs: 0 }, { msPerImage: 2, overheadMs: 0 }])).toEqual([32, 32]);
  });

  it('gives a helper with message overhead fewer images, so both finish together', () => {
    const counts = balancedCounts(64, [{ msPerImage: 2.3, overheadMs: 0 }, { msPerImage: 2.3, overheadMs: 11.5 }]);
    expect(counts).toEqual([35, 29]); // 35 × 2.3 = 80.5 ms vs 29 × 2.3 + 11.5 = 78.2 ms
  });

  it('gives a faster worker more, always sums to the batch and keeps every worker busy', () => {
    for (const count of [1, 2, 3, 37, 64, 1024]) {
      const counts = balancedCounts(count, [{ msPerImage: 1, overheadMs: 0 }, { msPerImage: 3, overheadMs: 40 }, { msPerImage: 2, overheadMs: 5 }]);
      expect(sum(counts)).toBe(count);
      expect(counts.length).toBe(Math.min(3, count));
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    }
    const [fast, slow] = balancedCounts(100, [{ msPerImage: 1, overheadMs: 0 }, { msPerImage: 3, overheadMs: 0 }]);
    expect(fast).toBe(75);
    expect(slow).toBe(25);
  });

  it('never gives a helper more than an equal share, so its memory stays what the first equal steps needed', () => {
    // A helper timed faster than this worker would get 43 of 64 images (its heap grows from 36 on).
    const fastHelper = balancedCounts(64, [{ msPerImage: 1.4, overheadMs: 0 }, { msPerImage: 0.7, overheadMs: 0 }]);
    expect(fastHelper[1]).toBeGreaterThan(32);
    expect(capHelperCounts(fastHelper)).toEqual([32, 32]);
    expect(capHelperCounts([40, 13, 12])).toEqual([40, 13, 12]);
    expect(capHelperCounts([1, 50, 14])).toEqual([29, 22, 14]);
    expect(capHelperCounts([10, 55])).toEqual([32, 33]);
  });

  it('learns costs as moving averages', () => {
    const first = updateCost(null, 32, 64, 10);
    expect(first).toEqual({ msPerImage: 2, overheadMs: 10 });
    const next = updateCost(first, 32, 96, 0);
    expect(next.msPerImage).toBeCloseTo(2.2, 6);
    expect(next.overheadMs).toBeCloseTo(8, 6);
  });
});

describe('a helper\'s message overhead', () => {
  it('is its round trip less its own time when the reply found this worker free', () => {
    expect(messageOverhead({ sentAt: 1000, helperMs: 30, repliedAt: 1034, handledAt: 1037, freeAt: 1030 })).toBe(7);
  });

  it('does not depend on how far the helper\'s clock is off', () => {
    expect(messageOverhead({ sentAt: 1000, helperMs: 30, repliedAt: 1037, handledAt: 1037, freeAt: 1030 })).toBe(7);
  });

  it('is not observed when the reply waited for this busy worker (no inflated overhead)', () => {
    // The helper answered at 1034; this worker, busy with its own part until 1070, handled it at 1071.
    expect(messageOverhead({ sentAt: 1000, helperMs: 30, repliedAt: 1034, handledAt: 1071, freeAt: 1070 })).toBeNull();
    expect(updateCost({ msPerImage: 1.2, overheadMs: 5 }, 25, 30, null).overheadMs).toBe(5);
  });

  it('never goes negative', () => {
    expect(messageOverhead({ sentAt: 1000, helperMs: 30.5, repliedAt: 1030, handledAt: 1029.8, freeAt: 1010 })).toBe(0);
  });
});
