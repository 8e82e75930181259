/**
 * `logits = model(x, training=True)` and `loss = loss_fn(y, logits)` from the module's listing,
 * with SparseCategoricalCrossentropy(from_logits=True) averaged over the batch.
 *
 * Dropout is applied with an explicit seed per step: TensorFlow.js records and differentiates in
 * one call (tf.variableGrads), so "Compute gradients" replays the forward pass, and the seed makes
 * that replay drop exactly the units the "Forward pass" phase dropped.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { DROPOUT_RATE } from './build.ts';

/** Logits [batch, 10] for x [batch, 784]; with `dropoutSeed` set, dropout is active (training=True). */
export function logitsOf(model: tfl.LayersModel, x: tf.Tensor2D, dropoutSeed: number | null): tf.Tensor2D {
  const [dense, dropout, dense1] = [model.getLayer('dense'), model.getLayer('dropout'), model.getLayer('dense_1')];
  if (!dense || !dropout || !dense1) throw new Error('The lab model must have the layers dense, dropout and dense_1.');
  return tf.tidy(() => {
    let hidden = dense.apply(x) as tf.Tensor2D;
    // Keras's Dropout in training: zero a `rate` share of units, scale the rest by 1 / (1 - rate).
    if (dropoutSeed !== null) hidden = tf.dropout(hidden, DROPOUT_RATE, undefined, dropoutSeed) as tf.Tensor2D;
    return dense1.apply(hidden) as tf.Tensor2D;
  });
}

/** Mean sparse categorical cross-entropy of `logits` against integer `labels` (from_logits=True). */
export function lossOf(labels: tf.Tensor1D, logits: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.oneHot(labels, logits.shape[1]), logits) as tf.Scalar);
}

/** How many of `logits`' arg-max predictions equal `labels` (SparseCategoricalAccuracy's count). */
export function correctCount(labels: tf.Tensor1D, logits: tf.Tensor2D): number {
  return tf.tidy(() => tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), labels), 'int32')).dataSync()[0]!);
}
