/**
 * `for x, y in train_ds` over a small MNIST subset: the first SUBSET_IMAGES training images,
 * reshuffled every epoch from a seed (like `.shuffle(...).batch(n)`), the last batch smaller when
 * the batch size does not divide the subset, as in tf.data.
 */
import * as tf from '@tensorflow/tfjs-core';
import { BatchBuilder, shuffle, toTensors } from '~/islands/runtime/mnist/batches';
import type { Split } from '~/islands/runtime/mnist/shards';
import { mulberry32 } from '~/lib/shuffle';
import { INPUT_SIZE } from '../model/build.ts';

/** Training images the lab draws its batches from (enough for many distinct batches, instant to load). */
export const SUBSET_IMAGES = 2048;

/** One batch: tensors for the step plus host copies of pixels and labels for display. */
export interface LabBatch {
  x: tf.Tensor2D;
  y: tf.Tensor1D;
  pixels: Uint8Array;
  labels: Int32Array;
  /** 1-based epoch over the subset and 1-based batch number within it. */
  epoch: number;
  number: number;
}

/** Seeded batches over the first `SUBSET_IMAGES` (or fewer) images of `split`. */
export class LabBatches {
  private readonly builder: BatchBuilder;
  private readonly order: Uint32Array;
  private readonly random: () => number;
  private position = 0;
  private epoch = 0;

  constructor(split: Split, readonly batchSize: number, seed: number, subset = SUBSET_IMAGES) {
    const count = Math.min(subset, split.count);
    if (count < 1) throw new Error('The MNIST subset is empty.');
    this.builder = new BatchBuilder(split, batchSize);
    this.order = Uint32Array.from({ length: count }, (_, i) => i);
    this.random = mulberry32(seed);
  }

  /** The next batch (a new epoch, freshly shuffled, once the subset is used up). The caller disposes x and y. */
  next(): LabBatch {
    if (this.position === 0 || this.position >= this.order.length) {
      shuffle(this.order, this.random);
      this.position = 0;
      this.epoch++;
    }
    const start = this.position;
    const end = Math.min(start + this.batchSize, this.order.length);
    this.position = end;
    const host = this.builder.gather(this.order, start, end);
    const { x, y } = toTensors(host);
    const flat = tf.reshape(x, [host.count, INPUT_SIZE]) as tf.Tensor2D;
    x.dispose();
    return { x: flat, y, pixels: host.pixels.slice(), labels: host.labels.slice(), epoch: this.epoch, number: Math.ceil(end / this.batchSize) };
  }
}
