/**
 * Batches built from the uint8 pixels in JS memory: only one batch at a time becomes a tensor,
 * normalised to [0, 1] on the device. Never a 60k-image float32 tensor, and never a slice of
 * one big tensor per batch (that costs ~0.7 s a batch on wasm).
 */
import * as tf from '@tensorflow/tfjs-core';
import { IMAGE_SIZE } from './idx.ts';
import type { Split } from './shards.ts';

export interface HostBatch { count: number; pixels: Uint8Array; labels: Int32Array }

/** Gathers the images at `indices[start..end)` into reusable host buffers. */
export class BatchBuilder {
  private readonly pixels: Uint8Array;
  private readonly labels: Int32Array;

  constructor(private readonly split: Split, readonly maxBatch: number) {
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`Batch size must be a positive integer, got ${maxBatch}.`);
    this.pixels = new Uint8Array(maxBatch * IMAGE_SIZE);
    this.labels = new Int32Array(maxBatch);
  }

  gather(indices: ArrayLike<number>, start: number, end: number): HostBatch {
    const count = end - start;
    if (count < 1 || count > this.maxBatch) throw new Error(`Batch of ${count} images does not fit buffers of ${this.maxBatch}.`);
    for (let i = 0; i < count; i++) {
      const index = indices[start + i]!;
      if (index < 0 || index >= this.split.count) throw new Error(`Image index ${index} is outside the split of ${this.split.count}.`);
      this.pixels.set(this.split.pixels.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE), i * IMAGE_SIZE);
      this.labels[i] = this.split.labels[index]!;
    }
    return { count, pixels: this.pixels.subarray(0, count * IMAGE_SIZE), labels: this.labels.subarray(0, count) };
  }
}

/** Uploads a host batch as int32 and scales to float32 [0,1] on the backend. */
export function toTensors(batch: HostBatch): { x: tf.Tensor4D; y: tf.Tensor1D } {
  return tf.tidy(() => ({
    x: tf.mul(tf.cast(tf.tensor4d(batch.pixels, [batch.count, 28, 28, 1], 'int32'), 'float32'), 1 / 255) as tf.Tensor4D,
    y: tf.tensor1d(batch.labels, 'int32'),
  }));
}

/** In-place Fisher-Yates shuffle; `random` is injectable for tests. */
export function shuffle(indices: Uint32Array, random: () => number = Math.random): Uint32Array {
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = indices[i]!;
    indices[i] = indices[j]!;
    indices[j] = t;
  }
  return indices;
}

/** Keras's validation_split: the LAST fraction of the data is held out, before shuffling. */
export function splitIndices(count: number, validationSplit: number): { train: Uint32Array; validation: Uint32Array } {
  if (!(validationSplit >= 0 && validationSplit < 1)) throw new Error(`Validation split must be in [0, 1), got ${validationSplit}.`);
  const trainCount = Math.floor(count * (1 - validationSplit));
  const all = Uint32Array.from({ length: count }, (_, i) => i);
  return { train: all.slice(0, trainCount), validation: all.slice(trainCount) };
}
