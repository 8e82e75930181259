import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { useWasmBackend } from '../test-fixtures';

useWasmBackend(); // the default kernels: BatchMatMul by our GEMM where it applies, else the backend's

/** a . b with the given transposes on one backend, as nested arrays. */
async function product(backend: string, aShape: number[], bShape: number[], transposeA: boolean, transposeB: boolean) {
  await tf.setBackend(backend);
  return tf.tidy(() => tf.matMul(tf.randomNormal(aShape, 0, 1, 'float32', 1), tf.randomNormal(bShape, 0, 1, 'float32', 2), transposeA, transposeB).arraySync() as number[][]);
}

const maxDiff = (a: unknown, b: unknown) => {
  const [fa, fb] = [(a as number[]).flat(2) as number[], (b as number[]).flat(2) as number[]];
  expect(fa.length).toBe(fb.length);
  return fa.reduce((m, v, i) => Math.max(m, Math.abs(v - fb[i]!)), 0);
};

describe('wasm BatchMatMul by our GEMM', () => {
  // The dense layers' products (x . W, dy . W^T, x^T . dy), odd sizes, batch-1 rank 3, and widths
  // that are not a multiple of 4 (the backend's kernel).
  it.each([
    [[64, 576], [576, 64], false, false], [[64, 64], [576, 64], false, true], [[64, 576], [64, 64], true, false],
    [[7, 5], [12, 5], false, true], [[5, 7], [5, 12], true, false], [[9, 3], [12, 9], true, true],
    [[1, 6, 10], [1, 10, 8], false, false], [[1, 10, 6], [1, 8, 10], true, true], [[64, 64], [64, 10], false, false], [[2, 3, 4], [2, 4, 8], false, false],
  ] as Array<[number[], number[], boolean, boolean]>)('matches the cpu backend for %j . %j (transposed: %s, %s)', async (aShape, bShape, ta, tb) => {
    const viaWasm = await product('wasm', aShape, bShape, ta, tb);
    expect(maxDiff(viaWasm, await product('cpu', aShape, bShape, ta, tb))).toBeLessThan(1e-4);
  });
});

describe('wasm _FusedMatMul by our GEMM', () => {
  /** The fused product (bias and activation) on one backend. */
  async function fused(backend: string, aShape: [number, number], bShape: [number, number], transposeB: boolean, bias: boolean, activation: 'relu' | 'linear' | 'elu') {
    await tf.setBackend(backend);
    const n = bShape[transposeB ? 0 : 1];
    return tf.tidy(() => tf.fused.matMul({
      a: tf.randomNormal(aShape, 0, 1, 'float32', 1) as tf.Tensor2D, b: tf.randomNormal(bShape, 0, 1, 'float32', 2) as tf.Tensor2D, transposeB,
      bias: bias ? tf.randomNormal([n], 0, 1, 'float32', 3) : undefined, activation,
    }).arraySync());
  }

  // The first Dense layer's forward pass (576 -> 64, ReLU), the output layer's shape (width 10:
  // the backend's kernel), a transposed B, no bias, and an activation we leave to the backend.
  it.each([
    [[64, 576], [576, 64], false, true, 'relu'], [[64, 64], [64, 10], false, true, 'linear'], [[7, 5], [12, 5], true, true, 'relu'],
    [[9, 16], [16, 8], false, false, 'relu'], [[9, 16], [16, 8], false, true, 'linear'], [[9, 16], [16, 8], false, true, 'elu'],
  ] as Array<[[number, number], [number, number], boolean, boolean, 'relu' | 'linear' | 'elu']>)('matches the cpu backend for %j . %j (B transposed: %s, bias: %s, %s)', async (aShape, bShape, tb, bias, activation) => {
    const viaWasm = await fused('wasm', aShape, bShape, tb, bias, activation);
    expect(maxDiff(viaWasm, await fused('cpu', aShape, bShape, tb, bias, activation))).toBeLessThan(1e-4);
  });
});
