import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { useWasmBackend } from '../test-fixtures';
import { chunkRows } from './conv-grad-matmul';

useWasmBackend();

/** Counts calls of the named wasm kernels while `work` runs, including calls from inside other kernels. */
function countCalls(names: string[], work: () => void): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  const originals = names.map((name) => tf.getKernel(name, 'wasm')!);
  for (const kernel of originals) {
    tf.unregisterKernel(kernel.kernelName, 'wasm');
    tf.registerKernel({ ...kernel, kernelFunc: (args) => { counts[kernel.kernelName]! += 1; return kernel.kernelFunc(args); } });
  }
  try {
    work();
  } finally {
    for (const kernel of originals) {
      tf.unregisterKernel(kernel.kernelName, 'wasm');
      tf.registerKernel(kernel);
    }
  }
  return counts;
}

describe('wasm Conv2D gradients as matrix products', () => {
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
