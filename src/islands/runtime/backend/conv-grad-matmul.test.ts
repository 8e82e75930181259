import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countKernelCalls as countCalls, useWasmBackend } from '../test-fixtures';
import { chunkRows } from './conv-grad-matmul';
import { registerWasmGradientKernels } from './wasm-kernels';

useWasmBackend();

describe('wasm Conv2D gradients as matrix products', () => {
  beforeAll(() => registerWasmGradientKernels('matmul'));
  afterAll(() => registerWasmGradientKernels());

  it('compute dW and dx with XNNPACK matmuls, not convolutions (the seed model\'s second layer)', () => {
    const x = tf.randomNormal([3, 13, 13, 32]) as tf.Tensor4D; // 363 patch rows: one chunk
    const f = tf.randomNormal([3, 3, 32, 64]) as tf.Tensor4D;
    const calls = countCalls(['Conv2D', 'BatchMatMul'], () => {
      tf.tidy(() => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'valid')))([x, f]).forEach((g) => g.dataSync()));
    });
    expect(calls).toEqual({ Conv2D: 1, BatchMatMul: 2 }); // the forward pass, then one product per gradient
    tf.dispose([x, f]);
  });

  it('split the patch rows into chunks of 128 Ki floats (5 x 11 x 11 = 605 rows of 288: two products per gradient)', () => {
    const x = tf.randomNormal([5, 13, 13, 32]) as tf.Tensor4D;
    const f = tf.randomNormal([3, 3, 32, 64]) as tf.Tensor4D;
    const calls = countCalls(['Conv2D', 'BatchMatMul'], () => {
      tf.tidy(() => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'valid')))([x, f]).forEach((g) => g.dataSync()));
    });
    expect(calls).toEqual({ Conv2D: 1, BatchMatMul: 4 });
    tf.dispose([x, f]);
  });

  it('size chunks by the patch length', () => {
    expect(chunkRows(9)).toBe(4096); // the seed model's first layer: capped
    expect(chunkRows(288)).toBe(455); // its second layer
    expect(chunkRows(1 << 18)).toBe(1);
  });
});

describe('mixed wasm Conv2D gradients (issue 17\'s first default)', () => {
  beforeAll(() => registerWasmGradientKernels('mixed'));
  afterAll(() => registerWasmGradientKernels());

  const count = (x: tf.Tensor4D, f: tf.Tensor4D) => countCalls(['Conv2D', 'BatchMatMul'], () => {
    tf.tidy(() => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'valid')))([x, f]).forEach((g) => g.dataSync()));
  });

  it('take dx as a matrix product where the full convolution would do over twice the work (the last conv layer: 5x5 from 3x3)', () => {
    const [x, f] = [tf.randomNormal([2, 5, 5, 64]) as tf.Tensor4D, tf.randomNormal([3, 3, 64, 64]) as tf.Tensor4D];
    expect(count(x, f)).toEqual({ Conv2D: 2, BatchMatMul: 1 }); // forward + dW as convolutions, dx as a product
    tf.dispose([x, f]);
  });

  it('keep both as convolutions otherwise (the second conv layer: 13x13 from 11x11)', () => {
    const [x, f] = [tf.randomNormal([2, 13, 13, 32]) as tf.Tensor4D, tf.randomNormal([3, 3, 32, 64]) as tf.Tensor4D];
    expect(count(x, f)).toEqual({ Conv2D: 3, BatchMatMul: 0 });
    tf.dispose([x, f]);
  });
});
