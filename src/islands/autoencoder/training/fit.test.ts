import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Split } from '~/islands/runtime/mnist/shards';
import { imagesAt, range } from '../data/images';
import { addGaussianNoise } from '../data/noise';
import { buildAutoencoder } from '../model/build';
import { DEFAULT_CONFIG } from './config';
import { fitDenoiser, type EpochRow } from './fit';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** `count` images, each one vertical bar of ink at a column that depends on the image. */
function bars(count: number): Split {
  const pixels = new Uint8Array(count * 784);
  for (let i = 0; i < count; i++) for (let y = 4; y < 24; y++) for (let x = 8 + (i % 10); x < 11 + (i % 10); x++) pixels[i * 784 + y * 28 + x] = 255;
  return { count, pixels, labels: new Uint8Array(count) };
}

describe('fitDenoiser', () => {
  it('lowers the validation loss on noisy inputs with clean targets, reporting every batch and epoch', async () => {
    const split = bars(64);
    const clean = imagesAt(split, range(48, 16));
    const config = { ...DEFAULT_CONFIG, trainImages: 48, epochs: 4, batchSize: 16, learningRate: 0.01, filters: { outer: 4, inner: 4 }, trainNoise: 0.2 };
    const model = buildAutoencoder(config.filters, 1);
    const epochs: EpochRow[] = [];
    let batches = 0;
    const fit = await fitDenoiser(model, split, config, { clean, noisy: addGaussianNoise(clean, 0.2, 5) }, { batch: () => { batches++; }, epoch: (row) => epochs.push(row) }, () => false);
    expect(fit.stopped).toBe(false);
    expect(batches).toBe(4 * 3);
    expect(epochs.map((r) => r.epoch)).toEqual([0, 1, 2, 3]);
    expect(epochs.at(-1)!.valLoss).toBeLessThan(epochs[0]!.valLoss);
    expect(epochs.at(-1)!.loss).toBeLessThan(epochs[0]!.loss);
    model.dispose();
  }, 60_000);

  it('stops between batches when asked', async () => {
    const split = bars(32);
    const clean = imagesAt(split, range(0, 8));
    const model = buildAutoencoder({ outer: 2, inner: 2 }, 1);
    let batches = 0;
    const fit = await fitDenoiser(model, split, { ...DEFAULT_CONFIG, trainImages: 32, epochs: 2, batchSize: 8, filters: { outer: 2, inner: 2 } }, { clean, noisy: clean }, { batch: () => { batches++; }, epoch: () => {} }, () => batches >= 2);
    expect(fit).toEqual({ history: [], stopped: true });
    expect(batches).toBe(2);
    model.dispose();
  });
});
