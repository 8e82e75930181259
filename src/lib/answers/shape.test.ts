import { describe, expect, it } from 'vitest';
import { formatShape, readShape, sameDims } from './shape';

const conv = [null, 26, 26, 32];

describe('readShape: every notation of one shape reads alike', () => {
  it.each([
    '(None, 26, 26, 32)',
    '(None,26,26,32)',
    ' ( none , 26 , 26 , 32 ) ',
    'None, 26, 26, 32',
    'None x 26 x 26 x 32',
    'Nonex26x26x32',
    'None × 26 × 26 × 32',
    'None*26*26*32',
    '[None, 26, 26, 32]',
    '[null,26,26,32]',
    '(?, 26, 26, 32)',
    'TensorShape([None, 26, 26, 32])',
    'tf.TensorShape([None, 26, 26, 32])',
    '(None, 26, 26, 32).',
    '(None, 26, 26, 32,)',
    '（None, 26, 26, 32）',
  ])('%j', (raw) => {
    expect(readShape(raw)).toEqual({ kind: 'shape', dims: conv });
  });

  it.each([
    ['26x26x32', [26, 26, 32]],
    ['26 x 26 x 32', [26, 26, 32]],
    ['3 by 10', [3, 10]],
    ['3x10', [3, 10]],
    ['(3, 10)', [3, 10]],
    ['torch.Size([3, 10])', [3, 10]],
    ['(128,)', [128]],
    ['(None, 128)', [null, 128]],
    ['[[None, 5]]', [null, 5]],
  ])('%j -> %j', (raw, dims) => {
    expect(readShape(raw)).toEqual({ kind: 'shape', dims });
  });

  it.each(['', '()', '(None, 26, , 32)', '(None, 26.5, 32)', '(None, -1)', 'twenty six', '(None, 26, 26, 32', 'None x x 26'])('%j is unreadable, with a reason', (raw) => {
    const r = readShape(raw);
    expect(r.kind).toBe('unreadable');
    if (r.kind === 'unreadable') expect(r.reason).toMatch(/empty|could not read/);
  });

  it('formats in Keras notation and compares dimension by dimension', () => {
    expect(formatShape(conv)).toBe('(None, 26, 26, 32)');
    expect(formatShape([128])).toBe('(128,)');
    expect(sameDims([null, 5], [null, 5])).toBe(true);
    expect(sameDims([null, 5], [1, 5])).toBe(false);
    expect(sameDims([5], [null, 5])).toBe(false);
  });
});
