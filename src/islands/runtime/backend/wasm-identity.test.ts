import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { useWasmBackend } from '../test-fixtures';
import { registerWasmGradientKernels } from './wasm-kernels';

useWasmBackend();

describe('Identity on wasm', () => {
  it('shares memory with its input (the tape\'s clones cost no copy), and frees it with the last holder', () => {
    registerWasmGradientKernels('gemm');
    const x = tf.tensor2d([[1, 2], [3, 4]]);
    const copy = tf.clone(x);
    expect(copy.dataId).toBe(x.dataId);
    expect(tf.backend().refCount(x.dataId)).toBe(2);
    x.dispose();
    expect(Array.from(copy.dataSync())).toEqual([1, 2, 3, 4]);
    copy.dispose();
    expect(tf.backend().refCount(copy.dataId)).toBe(0);
  });

  it('shares a cast to the same type, and converts to another', () => {
    const x = tf.tensor1d([1.5, -2.5]);
    const same = tf.cast(x, 'float32');
    const ints = tf.cast(x, 'int32');
    expect(same.dataId).toBe(x.dataId);
    expect(ints.dataId).not.toBe(x.dataId);
    expect(Array.from(ints.dataSync())).toEqual([1, -2]);
    tf.dispose([x, same, ints]);
  });

  it('keeps a clone\'s values when the variable it came from is assigned', () => {
    const v = tf.variable(tf.tensor1d([1, 2, 3]));
    const before = tf.clone(v);
    v.assign(tf.tensor1d([7, 8, 9]));
    expect(Array.from(before.dataSync())).toEqual([1, 2, 3]);
    expect(Array.from(v.dataSync())).toEqual([7, 8, 9]);
    tf.dispose([v, before]);
  });

  it('still copies strings, and in the frozen set (the baseline\'s) copies everything', () => {
    const s = tf.tensor1d(['a', 'b'], 'string');
    const sc = tf.clone(s);
    expect(sc.dataId).not.toBe(s.dataId);
    expect(sc.dataSync()).toEqual(['a', 'b']);
    registerWasmGradientKernels('convolution');
    const x = tf.tensor1d([1, 2]);
    const copy = tf.clone(x);
    expect(copy.dataId).not.toBe(x.dataId);
    registerWasmGradientKernels('gemm');
    tf.dispose([s, sc, x, copy]);
  });
});
