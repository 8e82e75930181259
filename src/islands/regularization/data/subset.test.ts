import { describe, expect, it } from 'vitest';
import { abIndices, epochOrders } from './subset';

describe('the A/B data', () => {
  it('takes disjoint training and validation images', () => {
    const { train, validation } = abIndices(12_000, 1000, 500);
    expect([train.length, train[0], train[999], validation.length, validation[0], validation[499]]).toEqual([1000, 0, 999, 500, 1000, 1499]);
    expect(() => abIndices(1200, 1000, 500)).toThrow(/Only 1200 images/);
    expect(() => abIndices(12_000, 5, 500)).toThrow(/at least 10/);
  });

  it('shuffles each epoch differently but identically for the same seed', () => {
    const indices = Uint32Array.from({ length: 50 }, (_, i) => i);
    const a = epochOrders(indices, 3, 7), b = epochOrders(indices, 3, 7), c = epochOrders(indices, 1, 8);
    expect(a.map((o) => Array.from(o))).toEqual(b.map((o) => Array.from(o)));
    expect(Array.from(a[0]!)).not.toEqual(Array.from(a[1]!));
    expect(Array.from(a[0]!)).not.toEqual(Array.from(c[0]!));
    expect([...a[2]!].sort((x, y) => x - y)).toEqual([...indices]);
  });
});
