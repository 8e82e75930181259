import { describe, expect, it } from 'vitest';
import { formatShape, formatTensor } from './values';

describe('tensor values as Python prints them', () => {
  it('nests rows and aligns numbers', () => {
    expect(formatTensor([1, 2, 3, 40], [2, 2], 'int32')).toBe('[[ 1  2]\n [ 3 40]]');
    expect(formatTensor([0.5, 1, -2], [3], 'float32')).toBe('[0.5  1. -2.]');
    expect(formatTensor([1, 0], [2], 'bool')).toBe('[ True False]');
    expect(formatTensor([7], [], 'int32')).toBe('7');
    expect(formatTensor([NaN, Infinity], [2], 'float32')).toBe('[nan inf]');
  });

  it('separates matrices of a rank-3 tensor by a blank line', () => {
    expect(formatTensor([1, 2, 3, 4], [2, 1, 2], 'int32')).toBe('[[[1 2]]\n\n [[3 4]]]');
  });

  it('summarises big tensors with ... along long axes', () => {
    const values = Array.from({ length: 300 }, (_, k) => k);
    const text = formatTensor(values, [3, 100], 'int32');
    expect(text.split('\n')).toEqual([
      '[[  0   1   2 ...  97  98  99]',
      ' [100 101 102 ... 197 198 199]',
      ' [200 201 202 ... 297 298 299]]',
    ]);
    expect(formatTensor(values, [300, 1], 'int32').split('\n')).toHaveLength(7);
  });

  it('prints shapes as Python tuples', () => {
    expect(formatShape([2, 3])).toBe('(2, 3)');
    expect(formatShape([3])).toBe('(3,)');
    expect(formatShape([])).toBe('()');
  });
});
