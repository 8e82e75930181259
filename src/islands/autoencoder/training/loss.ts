/**
 * Keras's `binary_crossentropy` on sigmoid outputs: each pixel's output is read as the
 * probability of ink, clipped to [1e-7, 1 - 1e-7] (Keras's epsilon) so the log stays finite.
 */
import * as tf from '@tensorflow/tfjs-core';

const EPSILON = 1e-7;

/** Mean binary cross-entropy over every pixel of the batch (a scalar). */
export function binaryCrossEntropy(predicted: tf.Tensor, target: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const p = tf.clipByValue(predicted, EPSILON, 1 - EPSILON);
    return tf.neg(tf.mean(tf.add(tf.mul(target, tf.log(p)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, p)))))) as tf.Scalar;
  });
}
