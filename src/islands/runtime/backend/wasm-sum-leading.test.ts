import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { useWasmBackend } from '../test-fixtures';
import { isLeadingAxes } from './wasm-sum-leading';

useWasmBackend();

type Case = { shape: number[]; axis: number | number[]; keepDims?: boolean; dtype?: 'float32' | 'int32' };
const cases: Case[] = [
  { shape: [64, 26, 26, 32], axis: [0, 1, 2] }, // the first conv layer's bias gradient
  { shape: [64, 11, 11, 64], axis: [2, 0, 1] }, // any order
  { shape: [64, 10], axis: 0 }, // a dense layer's bias gradient
  { shape: [1, 3, 3, 5], axis: [0, 1, 2], keepDims: true }, // batch 1, kept dimensions
  { shape: [4, 6, 3], axis: [-3, -2] },
  { shape: [4, 6, 3], axis: [1, 2] }, // trailing axes: the backend's own kernel
  { shape: [4, 6, 3], axis: [0, 2] }, // not leading
  { shape: [5, 7], axis: 0, dtype: 'int32' }, // int32: the backend's own kernel
];

async function sumOn(backend: string, c: Case) {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const x = tf.randomNormal(c.shape, 0, 3, 'float32', 21);
    const input = c.dtype === 'int32' ? tf.cast(tf.round(x), 'int32') : x;
    const out = tf.sum(input, c.axis, c.keepDims);
    return { shape: out.shape, values: Array.from(out.dataSync()) };
  });
}

describe('wasm Sum over all axes but the last', () => {
  it.each(cases)('matches the cpu backend for $shape over $axis', async (c) => {
    const cpu = await sumOn('cpu', c);
    const wasm = await sumOn('wasm', c);
    expect(wasm.shape).toEqual(cpu.shape);
    // float32 sums of up to 43,264 terms differ in rounding order; relative to the magnitude.
    wasm.values.forEach((v, i) => expect(Math.abs(v - cpu.values[i]!)).toBeLessThan(1e-3 * Math.max(1, Math.abs(cpu.values[i]!))));
  });

  it('takes exactly the leading-axes reductions', () => {
    expect([isLeadingAxes([0, 1, 2], 4), isLeadingAxes([2, 0, 1], 4), isLeadingAxes([0], 2)]).toEqual([true, true, true]);
    expect([isLeadingAxes([1, 2, 3], 4), isLeadingAxes([0, 1], 4), isLeadingAxes([0], 1), isLeadingAxes([0, 0, 1], 4)]).toEqual([false, false, false, false]);
  });
});
