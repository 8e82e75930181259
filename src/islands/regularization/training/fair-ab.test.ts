import { describe, expect, it } from 'vitest';
import { mnistTestImages, useWasmBackend } from '~/islands/runtime/test-fixtures';
import { MODULE_AUGMENT } from '../augment/pipeline';
import { DEFAULT_AB, type AbConfig } from './config';
import { runAb, type AbEpoch } from './fair-ab';

useWasmBackend();

// Real MNIST digits: the first 200 as the "training split" (100 train + 100 validation), 300 more as test.
const train = mnistTestImages(0, 200);
const test = mnistTestImages(200, 300);
const small: AbConfig = { ...DEFAULT_AB, trainImages: 100, validationImages: 100, epochs: 2, batchSize: 20 };
const quiet = { epoch: () => undefined, batch: () => undefined };

describe('the fair A/B run', () => {
  it('gives identical runs when B has no regularizer: same initial weights, same data order', async () => {
    const epochs: AbEpoch[] = [];
    const result = await runAb(train, test, { ...small, dropout: 0, l2: 0, augment: null }, { ...quiet, epoch: (e) => epochs.push(e) });
    expect(epochs.map((e) => `${e.run}${e.epoch}`)).toEqual(['A0', 'B0', 'A1', 'B1']);
    expect(epochs[1]!.validation.loss).toBeCloseTo(epochs[0]!.validation.loss, 5);
    expect(epochs[3]!.train.loss).toBeCloseTo(epochs[2]!.train.loss, 5);
    expect(result.B.test.accuracy).toBeCloseTo(result.A.test.accuracy, 5);
  });

  it('trains B differently with dropout, L2 and augmentation, and reports real numbers', async () => {
    const result = await runAb(train, test, { ...small, epochs: 4, batchSize: 10, dropout: 0.5, l2: 1e-3, augment: MODULE_AUGMENT }, quiet);
    expect(result.completedEpochs).toBe(4);
    expect(result.B.train.loss).not.toBeCloseTo(result.A.train.loss, 3);
    // 40 steps on 100 images: the plain run is well above chance (0.1); B, thinned and augmented, learns slower.
    expect(result.A.test.accuracy).toBeGreaterThan(0.2);
    expect(result.A.train.accuracy).toBeGreaterThan(result.A.test.accuracy);
    for (const run of [result.A, result.B]) {
      expect(run.test.accuracy).toBeGreaterThan(0);
      expect(run.gap).toBeCloseTo(run.train.accuracy - run.validation.accuracy, 10);
    }
  });

  it('stops between batches without reporting a part-trained epoch', async () => {
    let batches = 0;
    const epochs: AbEpoch[] = [];
    const result = await runAb(train, test, small, { epoch: (e) => epochs.push(e), batch: () => { batches += 1; } }, () => batches >= 3);
    expect(result.stopped).toBe(true);
    expect(result.completedEpochs).toBe(0);
    expect(epochs).toEqual([]);
  });

  it('refuses a bad setting with readable messages', async () => {
    await expect(runAb(train, test, { ...small, epochs: 0, dropout: 1 }, quiet)).rejects.toThrow(/Epochs must be .* Dropout rate must be/);
  });
});
