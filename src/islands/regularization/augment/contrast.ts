/**
 * keras.layers.RandomContrast(factor, value_range=(0, 1)) as pure functions, following
 * keras-team/keras keras/src/layers/preprocessing/image_preprocessing/random_contrast.py:
 *  - per image and channel: (x - mean) * c + mean, mean over height and width, then clipped to
 *    value_range (this island's pixels are in [0, 1], so value_range=(0, 1); the Keras default
 *    (0, 255) would not clip [0, 1] images at all);
 *  - c is uniform in [1 - lower, 1 + upper]. A single-number factor f gives lower = 0 in Keras 3's
 *    code (_set_factor with _FACTOR_BOUNDS = (0, 1)), so c lies in [1, 1 + f]: contrast only rises,
 *    although the docstring says lower = upper. A pair (f, f) would give [1 - f, 1 + f].
 */
import * as tf from '@tensorflow/tfjs-core';
import { factorRange, uniform } from './factor.ts';

/** One contrast multiplier per image, drawn as RandomContrast(factor) draws it. */
export function sampleContrast(factor: number, count: number, random: () => number): number[] {
  const range = factorRange('contrast', factor);
  const c = { lower: 1 - range.lower, upper: 1 + range.upper };
  return Array.from({ length: count }, () => uniform(c, random));
}

/** (x - mean) * c + mean per image [n, h, w, c] and channel, clipped to [low, high]. */
export function adjustContrast(images: tf.Tensor4D, factors: number[], low = 0, high = 1): tf.Tensor4D {
  if (factors.length !== images.shape[0]) throw new Error(`Need one contrast factor per image: ${factors.length} for ${images.shape[0]}.`);
  return tf.tidy(() => {
    const mean = tf.mean(images, [1, 2], true);
    const c = tf.tensor4d(factors, [factors.length, 1, 1, 1]);
    return tf.clipByValue(tf.add(tf.mul(tf.sub(images, mean), c), mean), low, high) as tf.Tensor4D;
  });
}

/** RandomContrast(factor, value_range=(0, 1))(images, training=True). */
export function randomContrast(images: tf.Tensor4D, factor: number, random: () => number): tf.Tensor4D {
  return adjustContrast(images, sampleContrast(factor, images.shape[0], random));
}
