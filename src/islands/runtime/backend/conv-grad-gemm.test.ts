import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { countKernelCalls, useWasmBackend } from '../test-fixtures';

useWasmBackend(); // registers the default kernels: ours

/** Kernel calls of one conv2d forward + both gradients. */
const count = (x: tf.Tensor4D, f: tf.Tensor4D) => countKernelCalls(['Conv2D', 'BatchMatMul'], () => {
  tf.tidy(() => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'valid')))([x, f]).forEach((g) => g.dataSync()));
});

// The values are tested against the cpu backend in wasm-kernels.test.ts; these check the route.
describe('wasm Conv2D gradients by our GEMM (the default)', () => {
  it('take neither XNNPACK products nor convolutions for the seed model\'s layers', () => {
    // The first layer's dx (K = 3*3*1 = 9) falls back, but training never asks for it: x is the input.
    for (const [xs, fs, products] of [[[2, 28, 28, 1], [3, 3, 1, 32], 1], [[5, 13, 13, 32], [3, 3, 32, 64], 0], [[2, 5, 5, 64], [3, 3, 64, 64], 0]] as const) {
      const [x, f] = [tf.randomNormal([...xs]) as tf.Tensor4D, tf.randomNormal([...fs]) as tf.Tensor4D];
      expect(count(x, f)).toEqual({ Conv2D: 1, BatchMatMul: products }); // the forward pass only
      tf.dispose([x, f]);
    }
  });

  it('fall back to XNNPACK products when Cout (dW\'s width) or the patch length (dx\'s) is not a multiple of 4', () => {
    const [x, f] = [tf.randomNormal([2, 6, 6, 3]) as tf.Tensor4D, tf.randomNormal([3, 3, 3, 5]) as tf.Tensor4D];
    expect(count(x, f)).toEqual({ Conv2D: 1, BatchMatMul: 2 }); // K = 27 and Cout = 5
    tf.dispose([x, f]);
  });
});
