/**
 * keras.layers.RandomRotation(factor) as pure functions, following keras-team/keras
 * keras/src/layers/preprocessing/image_preprocessing/random_rotation.py (get_random_transformation)
 * and base_image_preprocessing_layer.py (_compute_affine_matrix):
 *  - `factor` is a fraction of a full turn (2 pi): the angle is uniform in
 *    [-|factor| * 360, |factor| * 360] degrees, so factor 0.05 means up to ±18 degrees;
 *  - a positive angle turns the image counter-clockwise as displayed (rows going down);
 *  - rotation about the image centre ((w - 1) / 2, (h - 1) / 2), bilinear, fill_mode "reflect".
 */
import type * as tf from '@tensorflow/tfjs-core';
import { applyAffine, type TransformRow } from './affine.ts';
import { factorRange, uniform } from './factor.ts';

/** Keras's inverse map for a rotation by `degrees` of an h x w image: output pixel -> input point. */
export function rotationRow(degrees: number, height: number, width: number): TransformRow {
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const cx = 0.5 * (width - 1), cy = 0.5 * (height - 1);
  const a0 = cos, a1 = -sin, b0 = sin, b1 = cos;
  return [a0, a1, cx - cx * a0 - cy * a1, b0, b1, cy - cx * b0 - cy * b1, 0, 0];
}

/** One angle in degrees per image, drawn as RandomRotation(factor) draws it. */
export function sampleRotation(factor: number, count: number, random: () => number): number[] {
  const range = factorRange('rotation', factor);
  const degrees = { lower: range.lower * 360, upper: range.upper * 360 };
  return Array.from({ length: count }, () => uniform(degrees, random));
}

/** Rotates each image of `images` [n, h, w, c] by the given angles (degrees, counter-clockwise). */
export function rotate(images: tf.Tensor4D, degrees: number[]): tf.Tensor4D {
  const [, height, width] = images.shape;
  return applyAffine(images, degrees.map((d) => rotationRow(d, height, width)));
}

/** RandomRotation(factor)(images, training=True). */
export function randomRotation(images: tf.Tensor4D, factor: number, random: () => number): tf.Tensor4D {
  return rotate(images, sampleRotation(factor, images.shape[0], random));
}
