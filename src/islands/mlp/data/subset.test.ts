import { describe, expect, it } from 'vitest';
import { mlpSplit } from './subset';

describe('mlpSplit', () => {
  it('holds out the last 20% of 60,000 (12,000) and trains on the first 48,000', () => {
    const { train, validation } = mlpSplit(60_000, 0.2, Infinity);
    expect([train.length, train[0], train.at(-1)]).toEqual([48_000, 0, 47_999]);
    expect([validation.length, validation[0], validation.at(-1)]).toEqual([12_000, 48_000, 59_999]);
  });

  it('keeps the same validation images for a small training set', () => {
    const small = mlpSplit(60_000, 0.2, 250);
    expect(Array.from(small.train)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(Array.from(small.validation)).toEqual(Array.from(mlpSplit(60_000, 0.2, Infinity).validation));
  });

  it("follows module 2's validation_split=0.1 on the quick subset (12,000 loaded: 10,800 + 1,200)", () => {
    const { train, validation } = mlpSplit(12_000, 0.1, Infinity);
    expect([train.length, validation.length, validation[0]]).toEqual([10_800, 1_200, 10_800]);
  });

  it('says how many images there are when asked for more, or for a bad count', () => {
    expect(() => mlpSplit(12_000, 0.2, 10_000)).toThrow('Only 9,600 training images remain after the validation split; 10,000 were asked for.');
    expect(() => mlpSplit(12_000, 0.2, 0)).toThrow(/at least 1/);
    expect(() => mlpSplit(12_000, 0, 100)).toThrow(/Validation split/);
  });
});
