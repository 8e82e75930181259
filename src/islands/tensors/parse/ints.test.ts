import { describe, expect, it } from 'vitest';
import { parseAxis, parsePerm, parseShape, parseTargetShape } from './ints';

describe('argument lists', () => {
  it('reads shapes with or without brackets', () => {
    expect(parseShape('[2, 3]')).toEqual({ ok: true, value: [2, 3] });
    expect(parseShape('(2, 3)')).toEqual({ ok: true, value: [2, 3] });
    expect(parseShape('2 3')).toEqual({ ok: true, value: [2, 3] });
    expect(parseShape('[]')).toEqual({ ok: true, value: [] });
  });

  it('refuses sizes that are not positive whole numbers', () => {
    expect(parseShape('[2, 0]')).toMatchObject({ ok: false, error: expect.stringMatching(/positive/) });
    expect(parseShape('[2.5]')).toMatchObject({ ok: false, error: 'Shape: "2.5" is not a whole number. Write e.g. [2, 3].' });
    expect(parseShape('[1,1,1,1,1,1,1]')).toMatchObject({ ok: false });
  });

  it('allows -1 in a reshape target, even twice (TensorFlow.js then explains)', () => {
    expect(parseTargetShape('[2, -1]')).toEqual({ ok: true, value: [2, -1] });
    expect(parseTargetShape('-1, -1')).toEqual({ ok: true, value: [-1, -1] });
    expect(parseTargetShape('[-2]').ok).toBe(false);
  });

  it('reads perm: empty means the default, each axis once', () => {
    expect(parsePerm('')).toEqual({ ok: true, value: null });
    expect(parsePerm('[1, 0]')).toEqual({ ok: true, value: [1, 0] });
    expect(parsePerm('[0, 0]')).toMatchObject({ ok: false, error: expect.stringMatching(/exactly once/) });
  });

  it('reads axis as none, one number or a list', () => {
    expect(parseAxis(' ')).toEqual({ ok: true, value: null });
    expect(parseAxis('-1')).toEqual({ ok: true, value: -1 });
    expect(parseAxis('[0, 1]')).toEqual({ ok: true, value: [0, 1] });
    expect(parseAxis('one').ok).toBe(false);
  });
});
