import { describe, expect, it } from 'vitest';
import { readNumber } from './number';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('readNumber: every form a fair marker reads as the same number', () => {
  it.each([
    ['18496', 18496],
    ['18,496,000', 18496000],
    ['18 496', 18496],
    [`18${NNBSP}496`, 18496],
    [`18${NBSP}496`, 18496],
    ['18_496', 18496],
    ["18'496", 18496],
    ['+18496', 18496],
    ['18496.0', 18496],
    ['18496.', 18496],
    ['１８４９６', 18496],
    ['１８，４９６，０００', 18496000],
    ['  18496  ', 18496],
    ['-78', -78],
    ['\u221278', -78],
    ['0.0125', 0.0125],
    ['.5', 0.5],
    ['1.5e-3', 0.0015],
    ['1,6', 1.6],
    ['0,0125', 0.0125],
    ['0,600', 0.6],
    ['12,34', 12.34],
    ['1 234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567.25', 1234567.25],
  ])('%j -> %d', (raw, value) => {
    expect(readNumber(raw)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['1,600', 1600, 1.6],
    ['18,496', 18496, 18.496],
    ['-2,500', -2500, -2.5],
  ])('%j is ambiguous: %d or %d', (raw, thousands, decimal) => {
    expect(readNumber(raw)).toEqual({ kind: 'ambiguous', readings: [thousands, decimal] });
  });

  it('never reads "1,6" as 16', () => {
    expect(readNumber('1,6')).toEqual({ kind: 'number', value: 1.6 });
  });

  it.each(['', '   ', 'abc', '18,49,6', '1,2,3', '12 34', '18496 x', '1..2', '1,,6', ',5', '5,', '1.2.3,4', 'NaN', 'Infinity', '0x10', '1e', '--5'])(
    '%j is unreadable, with a reason',
    (raw) => {
      const r = readNumber(raw);
      expect(r.kind).toBe('unreadable');
      if (r.kind === 'unreadable') expect(r.reason.length).toBeGreaterThan(3);
    },
  );
});
