import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryRows } from '../../runtime/training/engine/summary';
import { LAB_SHAPE, MODULE_SHAPE, buildAutoencoder } from './build';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** Keras's count for a k x k (transposed) convolution: k*k*inputChannels*filters + filters (bias). */
const convParams = (inputs: number, filters: number, k = 3) => k * k * inputs * filters + filters;

describe('the convolutional denoising autoencoder', () => {
  it('has the layers, output shapes and parameter counts Keras prints for the module listing', () => {
    const model = buildAutoencoder(MODULE_SHAPE);
    const rows = summaryRows(model);
    expect(rows.map((r) => `${r.name} (${r.className})`)).toEqual([
      'enc_conv_1 (Conv2D)', 'enc_pool_1 (MaxPooling2D)', 'enc_conv_2 (Conv2D)', 'enc_pool_2 (MaxPooling2D)',
      'dec_up_1 (Conv2DTranspose)', 'dec_up_2 (Conv2DTranspose)', 'clean (Conv2D)',
    ]);
    expect(rows.map((r) => r.outputShape)).toEqual([[null, 28, 28, 32], [null, 14, 14, 32], [null, 14, 14, 16], [null, 7, 7, 16], [null, 14, 14, 16], [null, 28, 28, 32], [null, 28, 28, 1]]);
    // The module's printed summary: 320, 4,624, 2,320, 4,640, 289 = 12,193.
    expect(rows.map((r) => r.params)).toEqual([320, 0, 4624, 0, 2320, 4640, 289]);
    expect(model.countParams()).toBe(12_193);
    model.dispose();
  });

  it('counts parameters like Keras for the lab shape and maps an image batch to the same shape in [0, 1]', () => {
    const { outer, inner } = LAB_SHAPE;
    const model = buildAutoencoder(LAB_SHAPE);
    const expected = convParams(1, outer) + convParams(outer, inner) + convParams(inner, inner) + convParams(inner, outer) + convParams(outer, 1);
    expect(model.countParams()).toBe(expected);
    const out = model.predict(tf.randomUniform([3, 28, 28, 1])) as tf.Tensor;
    expect(out.shape).toEqual([3, 28, 28, 1]);
    const [min, max] = [tf.min(out).dataSync()[0]!, tf.max(out).dataSync()[0]!];
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThanOrEqual(1);
    model.dispose();
  });

  it('starts from the same weights for the same seed', () => {
    const [a, b] = [buildAutoencoder(LAB_SHAPE, 7), buildAutoencoder(LAB_SHAPE, 7)];
    expect(a.getWeights()[0]!.arraySync()).toEqual(b.getWeights()[0]!.arraySync());
  });

  it('refuses a filter count that is not a whole number from 1 to 64', () => {
    expect(() => buildAutoencoder({ outer: 0, inner: 8 })).toThrow(/Outer filters/);
    expect(() => buildAutoencoder({ outer: 16, inner: 2.5 })).toThrow(/Inner filters/);
  });
});
