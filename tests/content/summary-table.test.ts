import { describe, expect, it } from 'vitest';
import { kerasShape, parseCount, parseSummary } from './lib/summary-table';

// The parser must reject what it cannot read, or a malformed table would pass unnoticed.
const table = (rows: string, total = '650') => `Model: "tiny"
┏━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━┳━━━━━━━━━┓
┃ Layer (type)     ┃ Output Shape┃ Param # ┃
┡━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━╇━━━━━━━━━┩
${rows}
└──────────────────┴─────────────┴─────────┘
 Total params: ${total} (2.54 KB)
 Trainable params: ${total} (2.54 KB)
 Non-trainable params: 0 (0.00 B)`;

describe('parseSummary', () => {
  it('reads rows, wrapped continuation lines and totals', () => {
    const parsed = parseSummary(table('│ dense_1 (Dense)  │ (None,      │     650 │\n│                  │ 10)         │         │'));
    expect(parsed).toEqual({ model: 'tiny', rows: [{ name: 'dense_1', type: 'Dense', outputShape: '(None, 10)', params: 650 }], total: 650, trainable: 650, nonTrainable: 0 });
  });
  it('rejects a row without "name (Type)"', () => {
    expect(() => parseSummary(table('│ dens_1           │ (None, 10)  │     650 │'))).toThrow(/row 1/);
  });
  it('rejects a missing total and a malformed count', () => {
    expect(() => parseSummary(table('│ d (Dense)        │ (None, 10)  │     650 │').replace(/ Total params.*\n/, ''))).toThrow(/Total params/);
    expect(() => parseCount('93.322', 'x')).toThrow(/not a parameter count/);
  });
  it('formats TF.js shapes the way Keras prints them', () => {
    expect(kerasShape([null, 26, 26, 32])).toBe('(None, 26, 26, 32)');
    expect(kerasShape([[null, 4], [null, 2]])).toBe('[(None, 4), (None, 2)]');
  });
});
