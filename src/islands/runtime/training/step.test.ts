import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { expect, it } from 'vitest';
import { buildCnn } from '../../cnn/model/build';
import { toTensors } from '../mnist/batches';
import { START_SEED, mnistTestImages, useWasmBackend } from '../test-fixtures';
import { tapeStep, trainStep } from './step';

useWasmBackend();

/** |a - b| / |b - start| over all weights: how far apart two trained copies are, relative to how far they moved. */
function relativeDistance(a: tfl.LayersModel, b: tfl.LayersModel, start: tf.Tensor[]): number {
  let apart = 0, moved = 0;
  a.getWeights().forEach((w, i) => {
    const [x, y, s] = [w.dataSync(), b.getWeights()[i]!.dataSync(), start[i]!.dataSync()];
    for (let k = 0; k < x.length; k++) { apart += (x[k]! - y[k]!) ** 2; moved += (y[k]! - s[k]!) ** 2; }
  });
  return Math.sqrt(apart / moved);
}

// Our step, with and without the tape (sparse labels, clipped probabilities, Adam through minimize) must be the recipe that
// tfjs-layers' fit trains, as the baseline of bench:train does. Measured: 1e-6 apart after 10 steps,
// which is float rounding; Adam amplifies rounding later, so only the first steps are compared,
// from a seeded start (START_SEED says why).
it.each([['the direct step', trainStep], ['the tape', tapeStep]] as const)('updates the weights as tfjs-layers fit does (categorical cross-entropy on one-hot labels, Adam): %s', async (_, step) => {
  const ours = buildCnn(0, START_SEED);
  const start = ours.getWeights().map((w) => w.clone());
  const keras = buildCnn(0, START_SEED);
  keras.setWeights(start);
  keras.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
  const optimizer = tf.train.adam(0.001);
  const images = mnistTestImages(0, 5 * 64);
  for (let s = 0; s < 5; s++) {
    const { x, y } = toTensors({ count: 64, pixels: images.pixels.subarray(s * 64 * 784, (s + 1) * 64 * 784), labels: Int32Array.from(images.labels.subarray(s * 64, (s + 1) * 64)) });
    const oneHot = tf.cast(tf.oneHot(y, 10), 'float32');
    const { loss, correct } = step(ours, optimizer, x, y);
    const kerasLoss = (await keras.trainOnBatch(x, oneHot)) as number;
    expect(loss.dataSync()[0]).toBeCloseTo(kerasLoss, 5);
    tf.dispose([x, y, oneHot, loss, correct]);
  }
  expect(relativeDistance(ours, keras, start)).toBeLessThan(1e-4);
  tf.dispose(start);
  ours.dispose();
  keras.dispose();
  optimizer.dispose();
});
