/**
 * Shared by this island's unit tests (never imported by the island): real MNIST digits as a
 * batch source that repeats one batch, the way the module's "overfit one batch" tip checks a step.
 */
import * as tf from '@tensorflow/tfjs-core';
import { mnistTestImages } from '~/islands/runtime/test-fixtures';
import type { LabBatch } from './data/batches.ts';
import type { BatchSource } from './training/session.ts';

/** The same `count` real MNIST test digits (from `from`) every time; fresh tensors each call. */
export function fixedBatch(count: number, from = 0): BatchSource {
  const split = mnistTestImages(from, count);
  const labels = Int32Array.from(split.labels);
  return {
    next: (): LabBatch => ({
      x: tf.tidy(() => tf.div(tf.tensor2d(Float32Array.from(split.pixels), [count, 784]), 255) as tf.Tensor2D),
      y: tf.tensor1d(labels, 'int32'),
      pixels: split.pixels.slice(),
      labels: labels.slice(),
      epoch: 1,
      number: 1,
    }),
  };
}
