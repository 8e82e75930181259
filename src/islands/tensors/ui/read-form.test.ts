import { describe, expect, it } from 'vitest';
import { DEFAULTS, PRESETS } from './presets';
import { readRequest, type Field } from './read-form';

const read = (changes: Partial<Record<Field, string>> = {}) => readRequest((f) => ({ ...DEFAULTS, ...changes })[f]);

describe('reading the form', () => {
  it('reads the defaults into A + B', () => {
    expect(read()).toEqual({ ok: true, value: {
      a: { flat: [1, 2, 3, 4, 5, 6], shape: [2, 3], dtype: 'float32', shapeGiven: false },
      b: { flat: [10, 20, 30], shape: [3], dtype: 'float32', shapeGiven: false },
      op: { kind: 'add' },
    } });
  });

  it('uses a typed shape over the nesting, and ignores B for operations on A alone', () => {
    const r = read({ 'a-values': '[1, 2, 3, 4]', 'a-shape': '(2, 2)', op: 'sum', axis: '', keepdims: 'on', 'b-values': 'not read' });
    expect(r).toMatchObject({ ok: true, value: { a: { shape: [2, 2], shapeGiven: true }, b: null, op: { kind: 'sum', axis: null, keepdims: true } } });
  });

  it('names every invalid field with its own message', () => {
    const r = read({ 'a-values': '[[1], [2, 3]]', 'b-shape': '[0]', 'b-dtype': 'float64', op: 'add' });
    expect(r.ok).toBe(false);
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['a-values', 'b-dtype', 'b-shape']);
    expect(read({ op: 'reshape', target: '[two]' })).toMatchObject({ ok: false, errors: { target: expect.stringMatching(/whole number/) } });
    expect(read({ op: 'pow' })).toMatchObject({ ok: false, errors: { op: 'Choose an operation.' } });
  });

  it('has presets that all read as valid requests', () => {
    for (const preset of PRESETS) expect(read(preset.fields).ok, preset.id).toBe(true);
  });
});
