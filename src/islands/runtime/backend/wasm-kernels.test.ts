import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../test-fixtures';
import { registerWasmGradientKernels, type ConvGradientKernels } from './wasm-kernels';

useWasmBackend();

type Case = { x: [number, number, number, number]; f: [number, number, number, number]; stride: number | [number, number]; pad: 'same' | 'valid' };
const cases: Case[] = [
  { x: [7, 28, 28, 1], f: [3, 3, 1, 32], stride: 1, pad: 'valid' }, // the seed model's three conv layers (4,732 patch rows: two chunks)
  { x: [5, 13, 13, 32], f: [3, 3, 32, 64], stride: 1, pad: 'valid' }, // 605 patch rows: two chunks
  { x: [3, 5, 5, 64], f: [3, 3, 64, 64], stride: 1, pad: 'valid' },
  { x: [1, 6, 7, 1], f: [3, 3, 1, 16], stride: 2, pad: 'same' }, // few patch columns (dW = col^T . dy), padded
  { x: [2, 9, 8, 4], f: [3, 3, 4, 5], stride: 1, pad: 'same' },
  { x: [1, 7, 9, 3], f: [3, 2, 3, 4], stride: 2, pad: 'same' },
  { x: [2, 8, 8, 2], f: [3, 3, 2, 3], stride: 2, pad: 'valid' },
  { x: [1, 6, 5, 2], f: [2, 3, 2, 2], stride: [1, 2], pad: 'same' },
  { x: [3, 5, 5, 1], f: [1, 1, 1, 2], stride: 1, pad: 'same' },
];

/** Gradients of sum(conv2d(x, f) * weights) w.r.t. x and f on the given backend. */
async function grads(backend: string, c: Case, seed: number) {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const x = tf.randomNormal(c.x, 0, 1, 'float32', seed);
    const f = tf.randomNormal(c.f, 0, 1, 'float32', seed + 1);
    const loss = (a: tf.Tensor4D, b: tf.Tensor4D) => {
      const y = tf.conv2d(a, b, c.stride, c.pad);
      return tf.sum(tf.mul(y, tf.randomNormal(y.shape, 0, 1, 'float32', seed + 2)));
    };
    const [dx, df] = tf.grads(loss as (...args: tf.Tensor[]) => tf.Tensor)([x, f]);
    return [dx!.arraySync(), df!.arraySync()] as [number[][][][], number[][][][]];
  });
}

function maxDiff(a: unknown, b: unknown): number {
  const fa = (a as number[]).flat(4) as number[];
  const fb = (b as number[]).flat(4) as number[];
  expect(fa.length).toBe(fb.length);
  return fa.reduce((m, v, i) => Math.max(m, Math.abs(v - fb[i]!)), 0);
}

describe.each(['gemm', 'mixed', 'matmul', 'convolution'] as ConvGradientKernels[])('wasm Conv2D gradient kernels (%s)', (kernels) => {
  beforeAll(() => registerWasmGradientKernels(kernels));
  afterAll(() => registerWasmGradientKernels());

  it.each(cases)('match the cpu backend for x=$x f=$f stride=$stride pad=$pad', async (c) => {
    const [cpuDx, cpuDf] = await grads('cpu', c, 7);
    const [wasmDx, wasmDf] = await grads('wasm', c, 7);
    expect(maxDiff(wasmDx, cpuDx)).toBeLessThan(1e-3);
    expect(maxDiff(wasmDf, cpuDf)).toBeLessThan(1e-3 * Math.max(1, c.x[0] * c.x[1]));
  });

  it.each(cases)('compute the forward conv2d like the cpu backend for x=$x f=$f stride=$stride pad=$pad', async (c) => {
    const forward = async (backend: string) => {
      await tf.setBackend(backend);
      return tf.tidy(() => tf.conv2d(tf.randomNormal(c.x, 0, 1, 'float32', 3) as tf.Tensor4D, tf.randomNormal(c.f, 0, 1, 'float32', 4) as tf.Tensor4D, c.stride, c.pad).arraySync());
    };
    expect(maxDiff(await forward('wasm'), await forward('cpu'))).toBeLessThan(1e-4);
  });

  it.each(cases.flatMap((c) => [{ ...c, activation: 'relu' as const, bias: true }, { ...c, activation: 'linear' as const, bias: true }, { ...c, activation: 'relu' as const, bias: false }]))(
    'compute the fused conv2d ($activation, bias: $bias) like the cpu backend for x=$x f=$f stride=$stride pad=$pad', async (c) => {
      const fused = async (backend: string) => {
        await tf.setBackend(backend);
        return tf.tidy(() => tf.fused.conv2d({
          x: tf.randomNormal(c.x, 0, 1, 'float32', 3) as tf.Tensor4D, filter: tf.randomNormal(c.f, 0, 1, 'float32', 4) as tf.Tensor4D, strides: c.stride, pad: c.pad,
          bias: c.bias ? tf.randomNormal([c.f[3]], 0, 1, 'float32', 5) : undefined, activation: c.activation,
        }).arraySync());
      };
      expect(maxDiff(await fused('wasm'), await fused('cpu'))).toBeLessThan(1e-4);
    });

  it('frees its intermediates (no wasm memory growth per call)', async () => {
    await tf.setBackend('wasm');
    const x = tf.randomNormal([4, 12, 12, 8]) as tf.Tensor4D;
    const f = tf.randomNormal([3, 3, 8, 16]) as tf.Tensor4D;
    const step = () => tf.tidy(() => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 2, 'same')))([x, f]).forEach((g) => g.dataSync()));
    step();
    const before = tf.memory();
    for (let i = 0; i < 5; i++) step();
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numBytes).toBe(before.numBytes);
    // Scratch buffers are backend data the engine does not count as tensors.
    expect((tf.memory() as { numDataBuffers?: number }).numDataBuffers).toBe((before as { numDataBuffers?: number }).numDataBuffers);
    x.dispose();
    f.dispose();
  });
});

type PoolCase = { x: [number, number, number, number]; size: number | [number, number]; stride: number | [number, number]; pad: 'same' | 'valid' };
const poolCases: PoolCase[] = [
  { x: [2, 26, 26, 32], size: 2, stride: 2, pad: 'valid' }, // the model's first pooling layer
  { x: [2, 11, 11, 64], size: 2, stride: 2, pad: 'valid' }, // odd size: the last row/column is dropped
  { x: [1, 7, 6, 3], size: 3, stride: 2, pad: 'same' }, // overlapping windows reaching into padding
  { x: [2, 5, 5, 2], size: [2, 3], stride: [1, 2], pad: 'valid' },
  { x: [1, 4, 6, 5], size: 2, stride: 2, pad: 'valid' }, // batch 1, non-square: tiled 2x2
  { x: [1, 7, 7, 3], size: 2, stride: 2, pad: 'same' }, // 2x2 windows reaching into padding: the general scan
  { x: [2, 6, 6, 3], size: 2, stride: 1, pad: 'valid' }, // overlapping 2x2 windows: the general scan
];

/** Gradient of sum(maxPool(x) * weights) w.r.t. x on the given backend. */
async function poolGrad(backend: string, c: PoolCase, x: tf.Tensor4D, seed: number): Promise<number[][][][]> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const input = tf.tensor4d(x.dataSync(), x.shape);
    const loss = (a: tf.Tensor) => {
      const y = tf.maxPool(a as tf.Tensor4D, c.size, c.stride, c.pad);
      return tf.sum(tf.mul(y, tf.randomNormal(y.shape, 0, 1, 'float32', seed)));
    };
    return tf.grad(loss)(input).arraySync() as number[][][][];
  });
}

describe.each(['gemm', 'convolution'] as ConvGradientKernels[])('wasm MaxPoolGrad kernel (%s: tiled 2x2 loop / general scan only)', (kernels) => {
  beforeAll(() => registerWasmGradientKernels(kernels));
  afterAll(() => registerWasmGradientKernels());

  it.each(poolCases)('matches the cpu backend for x=$x size=$size stride=$stride pad=$pad', async (c) => {
    const x = tf.tidy(() => tf.randomNormal(c.x, 0, 1, 'float32', 11)) as tf.Tensor4D;
    expect(maxDiff(await poolGrad('wasm', c, x, 5), await poolGrad('cpu', c, x, 5))).toBeLessThan(1e-5);
    x.dispose();
  });

  it('gives a tied window the whole gradient at its first maximum, as TensorFlow does', async () => {
    // ReLU outputs make ties common (windows of zeros); a duplicated gradient would over-count.
    const c: PoolCase = { x: [1, 4, 4, 1], size: 2, stride: 2, pad: 'valid' };
    const x = tf.zeros(c.x) as tf.Tensor4D;
    const wasm = await poolGrad('wasm', c, x, 3);
    expect(maxDiff(wasm, await poolGrad('cpu', c, x, 3))).toBeLessThan(1e-6);
    expect((wasm.flat(4) as number[]).filter((v) => v !== 0)).toHaveLength(4);
    x.dispose();
  });

  it.each(poolCases)('breaks ties in row-major window order like the cpu backend for x=$x size=$size stride=$stride', async (c) => {
    // Three values only: most windows hold a tie, at every pair of positions.
    const x = tf.tidy(() => tf.floor(tf.randomUniform(c.x, 0, 3, 'float32', 13))) as tf.Tensor4D;
    expect(maxDiff(await poolGrad('wasm', c, x, 5), await poolGrad('cpu', c, x, 5))).toBeLessThan(1e-5);
    x.dispose();
  });
});
