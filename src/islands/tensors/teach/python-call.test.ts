import { describe, expect, it } from 'vitest';
import { pyCall, pyConstant, pyListing } from './python-call';

describe('the equivalent Python call', () => {
  it('names the tf. function and the operator with the learner\'s arguments', () => {
    expect(pyCall({ kind: 'add' })).toEqual({ call: 'tf.add(a, b)', operator: 'a + b' });
    expect(pyCall({ kind: 'matmul' })).toEqual({ call: 'tf.matmul(a, b)', operator: 'a @ b' });
    expect(pyCall({ kind: 'divide' }).operator).toBe('a / b');
    expect(pyCall({ kind: 'reshape', shape: [2, -1] }).call).toBe('tf.reshape(a, [2, -1])');
    expect(pyCall({ kind: 'transpose', perm: [1, 0] }).call).toBe('tf.transpose(a, perm=[1, 0])');
    expect(pyCall({ kind: 'transpose', perm: null }).call).toBe('tf.transpose(a)');
    expect(pyCall({ kind: 'sum', axis: 1, keepdims: true }).call).toBe('tf.reduce_sum(a, axis=1, keepdims=True)');
    expect(pyCall({ kind: 'mean', axis: null, keepdims: false }).call).toBe('tf.reduce_mean(a)');
    expect(pyCall({ kind: 'max', axis: [0, 1], keepdims: false }).call).toBe('tf.reduce_max(a, axis=[0, 1])');
    expect(pyCall({ kind: 'cast', dtype: 'int32' }).call).toBe('tf.cast(a, tf.int32)');
  });

  it('writes tf.constant with the typed values, dtype and, when typed apart, the shape', () => {
    expect(pyConstant('a', { flat: [1, 2, 3, 4], shape: [2, 2], dtype: 'float32', shapeGiven: false }))
      .toBe('a = tf.constant([[1, 2], [3, 4]], dtype=tf.float32)');
    expect(pyConstant('b', { flat: [1, 2, 3], shape: [3, 1], dtype: 'int32', shapeGiven: true }))
      .toBe('b = tf.constant([1, 2, 3], shape=(3, 1), dtype=tf.int32)');
    expect(pyConstant('a', { flat: [true], shape: [], dtype: 'bool', shapeGiven: false })).toBe('a = tf.constant(True, dtype=tf.bool)');
  });

  it('lists the whole program, leaving B out when the operation does not use it', () => {
    const a = { flat: [1, 2], shape: [2], dtype: 'int32' as const, shapeGiven: false };
    expect(pyListing(a, a, { kind: 'add' }).split('\n')).toEqual([
      'import tensorflow as tf', '', 'a = tf.constant([1, 2], dtype=tf.int32)', 'b = tf.constant([1, 2], dtype=tf.int32)',
      'result = tf.add(a, b)  # or: a + b', 'print(result.shape, result.dtype)',
    ]);
    expect(pyListing(a, null, { kind: 'cast', dtype: 'bool' })).not.toContain('b = ');
  });
});
