import { describe, expect, it } from 'vitest';
import { parseValues } from './values';

const value = (text: string) => {
  const r = parseValues(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (text: string) => {
  const r = parseValues(text);
  return r.ok ? 'parsed' : r.error;
};

describe('typed tensor values', () => {
  it('reads nested lists row-major with their shape', () => {
    expect(value('[[1, 2], [3, 4]]')).toEqual({ flat: [1, 2, 3, 4], shape: [2, 2] });
    expect(value(' [ [ [1.5], [-2e1] ] ] ')).toEqual({ flat: [1.5, -20], shape: [1, 2, 1] });
    expect(value('((1, 2), (3, 4),)')).toEqual({ flat: [1, 2, 3, 4], shape: [2, 2] });
  });

  it('reads a scalar, an empty list and Python or JS booleans', () => {
    expect(value('7')).toEqual({ flat: [7], shape: [] });
    expect(value('[]')).toEqual({ flat: [], shape: [0] });
    expect(value('[True, false]')).toEqual({ flat: [true, false], shape: [2] });
  });

  it('rejects ragged lists, naming the row', () => {
    expect(error('[[1, 2], [3]]')).toBe('Element[1] has 1 element(s) where 2 was expected: every row must have the same length.');
    expect(error('[[1, 2], 3]')).toMatch(/^Element\[1\] is a single value where a list of 2 was expected/);
    expect(error('[1, [2]]')).toMatch(/^Element\[1\] has 1 element\(s\) where a single value was expected/);
  });

  it('explains syntax mistakes', () => {
    expect(error('')).toMatch(/^Type some values/);
    expect(error('[1, 2')).toMatch(/closing bracket is missing/);
    expect(error('[1 2]')).toBe('Separate the elements with commas.');
    expect(error('[1, 2)')).toBe('Brackets do not match: "[" is closed by ")".');
    expect(error('[1, x]')).toMatch(/^Unexpected "x\]"/);
    expect(error('[1] 2')).toBe('Unexpected "2" after the end of the list.');
  });
});
