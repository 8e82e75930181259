/**
 * keras.layers.RandomTranslation(height_factor, width_factor) as pure functions, following
 * keras-team/keras keras/src/layers/preprocessing/image_preprocessing/random_translation.py
 * (get_random_transformation, _get_translation_matrix):
 *  - the shift is a fraction of the image size: dy = uniform(-|hf|, |hf|) * height pixels,
 *    dx = uniform(-|wf|, |wf|) * width pixels (height drawn first, as Keras does);
 *  - positive dx moves the content right, positive dy moves it down (output x samples input x - dx);
 *  - bilinear, fill_mode "reflect".
 */
import type * as tf from '@tensorflow/tfjs-core';
import { applyAffine, type TransformRow } from './affine.ts';
import { factorRange, uniform } from './factor.ts';

/** A shift in pixels: positive x = right, positive y = down. */
export interface Shift { dx: number; dy: number }

/** Keras's inverse map for a shift: output pixel (x, y) samples input (x - dx, y - dy). */
export function translationRow(shift: Shift): TransformRow {
  return [1, 0, -shift.dx, 0, 1, -shift.dy, 0, 0];
}

/** One shift per image, in pixels of an h x w image, as RandomTranslation draws it. */
export function sampleTranslation(heightFactor: number, widthFactor: number, height: number, width: number, count: number, random: () => number): Shift[] {
  const h = factorRange('translation', heightFactor);
  const w = factorRange('translation', widthFactor);
  const dys = Array.from({ length: count }, () => uniform(h, random) * height);
  return dys.map((dy) => ({ dx: uniform(w, random) * width, dy }));
}

/** Shifts each image of `images` [n, h, w, c] by its own shift. */
export function translate(images: tf.Tensor4D, shifts: Shift[]): tf.Tensor4D {
  return applyAffine(images, shifts.map(translationRow));
}

/** RandomTranslation(height_factor, width_factor)(images, training=True). */
export function randomTranslation(images: tf.Tensor4D, heightFactor: number, widthFactor: number, random: () => number): tf.Tensor4D {
  const [n, height, width] = images.shape;
  return translate(images, sampleTranslation(heightFactor, widthFactor, height, width, n, random));
}
