import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCnn, SEED_TOTAL_PARAMS } from '../../cnn/model/build';
import { namedWeights } from './model-weights';
import { isKernel, modelBytes, storeWeights, VARIANTS } from './variants';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('storing the module-4 CNN four ways', () => {
  const model = buildCnn();
  const weights = namedWeights(model);
  const kernelValues = weights.filter(isKernel).reduce((n, w) => n + w.values.length, 0);
  const biasValues = SEED_TOTAL_PARAMS - kernelValues;

  it('finds the five kernels and five biases of the seed CNN', () => {
    expect(weights.filter(isKernel).map((w) => w.name)).toEqual(['conv2d/kernel', 'conv2d_1/kernel', 'conv2d_2/kernel', 'dense/kernel', 'dense_1/kernel']);
    expect(kernelValues).toBe(93_088);
    expect(biasValues).toBe(234);
  });

  it('counts the bytes each variant takes, scales and zero points included', () => {
    const bytes = Object.fromEntries(VARIANTS.map((v) => [v, modelBytes(storeWeights(weights, v))]));
    expect(bytes['float32']).toEqual({ total: 4 * SEED_TOTAL_PARAMS, kernels: 4 * kernelValues, scales: 0 });
    // float16 halves the kernels exactly; biases stay float32 (4 bytes) in every variant.
    expect(bytes['float16']).toEqual({ total: 2 * kernelValues + 4 * biasValues, kernels: 2 * kernelValues, scales: 0 });
    // int8: one byte per value, plus a float32 scale and an int8 zero point (5 bytes) per tensor or per output channel.
    expect(bytes['int8-tensor']).toEqual({ total: kernelValues + 5 * 5 + 4 * biasValues, kernels: kernelValues + 25, scales: 25 });
    expect(bytes['int8-channel']).toEqual({ total: kernelValues + 5 * (32 + 64 + 64 + 64 + 10) + 4 * biasValues, kernels: kernelValues + 1_170, scales: 1_170 });
  });

  it('changes the kernels (dequantized) and leaves the biases untouched', () => {
    for (const variant of VARIANTS.slice(1)) {
      const stored = storeWeights(weights, variant);
      for (const [i, w] of stored.entries()) {
        if (isKernel(w)) expect(w.values, `${variant} ${w.name}`).not.toEqual(weights[i]!.values);
        else expect(w.values).toEqual(weights[i]!.values);
        expect(w.values).toBeInstanceOf(Float32Array);
        expect(w.shape).toEqual(weights[i]!.shape);
      }
    }
  });
});
