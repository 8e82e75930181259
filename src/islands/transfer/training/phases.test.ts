import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/shuffle';
import { buildCnn } from '../../cnn/model/build';
import { PIXELS } from '../data/drawings';
import type { Example } from '../data/split';
import { buildTransferModel, disposeTransfer } from '../model/head';
import { trainPhase, type PhaseListener } from './phases';
import { augmented, toBatch } from './tensors';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** A bar across (label 0), down (1) or a square outline (2), nudged by `k` pixels. */
function example(label: number, k: number): Example {
  const pixels = new Float32Array(PIXELS);
  for (let i = 6; i < 22; i++) {
    if (label === 0) pixels[(13 + k) * 28 + i] = 1;
    if (label === 1) pixels[i * 28 + 13 + k] = 1;
    if (label === 2) for (const [x, y] of [[i, 6], [i, 21], [6, i], [21, i]]) pixels[(y! + k) * 28 + x! + k] = 1;
  }
  return { pixels, label };
}

const weights = (layer: tfl.layers.Layer) => layer.getWeights().map((w) => Array.from(w.dataSync()));
const quiet: PhaseListener = { batch() {}, epoch() {} };

describe('augmentation of the drawings', () => {
  it('keeps the batch shape and moves the ink', () => {
    const batch = toBatch([example(0, 0), example(1, 0), example(2, 0)], 3);
    expect(batch.xs.shape).toEqual([3, 28, 28, 1]);
    expect(batch.ys.shape).toEqual([3, 3]);
    expect(Array.from(tf.argMax(batch.ys, 1).dataSync())).toEqual([0, 1, 2]);
    const out = augmented(batch.xs, mulberry32(1));
    expect(out.shape).toEqual([3, 28, 28, 1]);
    expect(tf.max(tf.abs(tf.sub(out, batch.xs))).dataSync()[0]).toBeGreaterThan(0.1);
    tf.dispose([out, batch.xs, batch.ys]);
  });
});

describe('training phases', () => {
  it('head phase trains only the head; fine-tuning also the top conv block; nothing leaks', async () => {
    const cnn = buildCnn(0);
    const transfer = buildTransferModel(cnn, 3);
    const train = toBatch([0, 1, 2].flatMap((label) => [0, 1, 2].map((k) => example(label, k))), 3);
    const held = toBatch([0, 1, 2].map((label) => example(label, -1)), 3);
    const layer = (name: string) => transfer.model.getLayer(name);
    const before = { conv: weights(layer('conv2d')), top: weights(layer('conv2d_2')), head: weights(layer('head_output')) };
    const tensors = tf.memory().numTensors;
    const epochs: number[] = [];
    const settings = { phase: 'head' as const, epochs: 2, learningRate: 1e-3, batchSize: 4 };
    const scores = await trainPhase(transfer.model, transfer.baseLayers, train, held, settings, mulberry32(2), { ...quiet, epoch: (e) => epochs.push(e) });
    expect(epochs).toEqual([0, 1]);
    expect(scores.predicted).toHaveLength(3);
    expect(weights(layer('conv2d'))).toEqual(before.conv);
    expect(weights(layer('conv2d_2'))).toEqual(before.top);
    expect(weights(layer('head_output'))).not.toEqual(before.head);

    await trainPhase(transfer.model, transfer.baseLayers, train, held, { ...settings, phase: 'fine-tune', learningRate: 1e-5, epochs: 1 }, mulberry32(3), quiet);
    expect(weights(layer('conv2d'))).toEqual(before.conv);
    expect(weights(layer('conv2d_2'))).not.toEqual(before.top);
    // Only the second phase's Adam slots remain (2 per trainable weight tensor + its iteration count).
    const adam = 2 * transfer.model.trainableWeights.length + 1;
    expect(tf.memory().numTensors).toBeLessThanOrEqual(tensors + adam + 2);
    tf.dispose([train.xs, train.ys, held.xs, held.ys]);
    (transfer.model.optimizer as tf.Optimizer).dispose();
    disposeTransfer(transfer, cnn);
  }, 60_000);
});
