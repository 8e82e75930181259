import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { mnistTestImages, useWasmBackend } from '~/islands/runtime/test-fixtures';
import { scoreSplit } from '~/islands/runtime/training/evaluate';
import { mulberry32 } from '~/lib/shuffle';
import { buildSmallCnn, copyWeights } from '../model/build';
import { Run } from './run';

useWasmBackend();

const split = mnistTestImages(0, 100);
const order = Uint32Array.from({ length: 100 }, (_, i) => i);
const hiddenNorm = (run: Run) => tf.tidy(() => tf.sum(tf.square(run.model.getLayer('hidden').getWeights()[0]!)).dataSync()[0]!);

describe('one run', () => {
  it('trains on cross-entropy plus the L2 penalty, so a strong L2 keeps the hidden weights small', async () => {
    const plain = new Run(buildSmallCnn({ dropout: 0, l2: 0 }), 0.01, null, mulberry32(1));
    const decayed = new Run(buildSmallCnn({ dropout: 0, l2: 0.5 }), 0.01, null, mulberry32(1));
    copyWeights(plain.model, decayed.model);
    for (const run of [plain, decayed]) await run.trainEpoch(split, order, 20, () => undefined, () => false);
    expect(hiddenNorm(decayed)).toBeLessThan(0.8 * hiddenNorm(plain));
  });

  it('reports the loss as Keras does: cross-entropy plus the penalty, in inference mode', async () => {
    const run = new Run(buildSmallCnn({ dropout: 0.5, l2: 0.01 }), 0.01, null, mulberry32(1));
    const penalty = 0.01 * hiddenNorm(run);
    const plain = await scoreSplit(run.model, split, order);
    const scored = await run.score(split, order);
    expect(scored.loss).toBeCloseTo(plain.loss + penalty, 4);
    expect(scored.accuracy).toBe(plain.accuracy);
  });
});
