/**
 * Examples as tensors, and their augmented copies. Augmentation is module 5's Keras layers as
 * tensor functions (RandomRotation(0.05), RandomTranslation(0.1, 0.1), RandomZoom(0.1), the
 * module's block), drawn anew for every epoch as `fit` would.
 */
import * as tf from '@tensorflow/tfjs-core';
import { augment, MODULE_AUGMENT, type AugmentSettings } from '../../regularization/augment/pipeline.ts';
import type { Example } from '../data/split.ts';

/** The drawings' augmentation: small rotations, shifts and zooms (no flips: a symbol's orientation may matter). */
export const DRAWING_AUGMENT: AugmentSettings = MODULE_AUGMENT;

/** Images [n, 28, 28, 1] and one-hot labels [n, classes]. */
export interface Batch { xs: tf.Tensor4D; ys: tf.Tensor2D }

/** `examples` as one batch; the caller disposes it. */
export function toBatch(examples: readonly Example[], classes: number): Batch {
  const pixels = new Float32Array(examples.length * 784);
  examples.forEach((e, i) => pixels.set(e.pixels, i * 784));
  return tf.tidy(() => ({
    xs: tf.tensor4d(pixels, [examples.length, 28, 28, 1]),
    ys: tf.cast(tf.oneHot(tf.tensor1d(examples.map((e) => e.label), 'int32'), classes), 'float32') as tf.Tensor2D,
  }));
}

/** A freshly augmented copy of `xs` (same shape); `random` gives uniform [0, 1) numbers. */
export function augmented(xs: tf.Tensor4D, random: () => number): tf.Tensor4D {
  return augment(xs, DRAWING_AUGMENT, random);
}
