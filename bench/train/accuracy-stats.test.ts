import { describe, expect, it } from 'vitest';
import { summariseArm, welchT } from './accuracy-stats';

describe('summariseArm', () => {
  it('gives the mean, the sample standard deviation and the runs at or above the target', () => {
    const s = summariseArm([0.988, 0.99, 0.992], 0.989);
    expect(s.mean).toBeCloseTo(0.99, 12);
    expect(s.sd).toBeCloseTo(0.002, 12); // sqrt((0.002^2 + 0 + 0.002^2) / 2)
    expect(s.atLeastTarget).toBe(2);
  });

  it('refuses an arm without runs', () => {
    expect(() => summariseArm([], 0.989)).toThrow(/at least one run/);
  });
});

describe('welchT', () => {
  it('matches a hand computation with unequal variances and sizes', () => {
    // a: mean 2, variance 1, n 3; b: mean 1, variance 2/3, n 4.
    const r = welchT([1, 2, 3], [0, 1, 1, 2])!;
    const [sa, sb] = [1 / 3, 2 / 3 / 4];
    expect(r.difference).toBe(1);
    expect(r.t).toBeCloseTo(1 / Math.sqrt(sa + sb), 12);
    expect(r.df).toBeCloseTo((sa + sb) ** 2 / (sa ** 2 / 2 + sb ** 2 / 3), 12);
  });

  it('is null when neither side varies, and refuses a side of one run', () => {
    expect(welchT([0.99, 0.99], [0.98, 0.98])).toBeNull();
    expect(() => welchT([0.99], [0.98, 0.97])).toThrow(/two runs/);
  });
});
