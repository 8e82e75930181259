/**
 * keras.layers.RandomZoom(height_factor, width_factor=None) as pure functions, following
 * keras-team/keras keras/src/layers/preprocessing/image_preprocessing/random_zoom.py
 * (get_random_transformation, _get_zoom_matrix):
 *  - the zoom z is uniform in [1 - |f|, 1 + |f|]; output pixel x samples the input at
 *    z * x + (w - 1) / 2 * (1 - z), so z > 1 (a POSITIVE factor) zooms OUT (the digit shrinks)
 *    and z < 1 (negative) zooms IN (the digit grows);
 *  - width_factor None: the width uses the height's zoom (aspect ratio kept);
 *  - bilinear, fill_mode "reflect".
 */
import type * as tf from '@tensorflow/tfjs-core';
import { applyAffine, type TransformRow } from './affine.ts';
import { factorRange, uniform } from './factor.ts';

/** Zoom of one image: z > 1 shows more of the plane (zoom out), z < 1 less (zoom in). */
export interface Zoom { x: number; y: number }

/** Keras's inverse map for zooms (x, y) of an h x w image, about its centre. */
export function zoomRow(zoom: Zoom, height: number, width: number): TransformRow {
  return [zoom.x, 0, ((width - 1) / 2) * (1 - zoom.x), 0, zoom.y, ((height - 1) / 2) * (1 - zoom.y), 0, 0];
}

/** One zoom per image as RandomZoom draws it (height first, then width unless width_factor is null). */
export function sampleZoom(heightFactor: number, widthFactor: number | null, count: number, random: () => number): Zoom[] {
  const h = factorRange('zoom', heightFactor);
  const w = widthFactor === null ? null : factorRange('zoom', widthFactor);
  const heights = Array.from({ length: count }, () => 1 + uniform(h, random));
  const widths = w === null ? heights : Array.from({ length: count }, () => 1 + uniform(w, random));
  return heights.map((y, i) => ({ x: widths[i]!, y }));
}

/** Zooms each image of `images` [n, h, w, c] by its own zoom. */
export function zoom(images: tf.Tensor4D, zooms: Zoom[]): tf.Tensor4D {
  const [, height, width] = images.shape;
  return applyAffine(images, zooms.map((z) => zoomRow(z, height, width)));
}

/** RandomZoom(height_factor, width_factor)(images, training=True). */
export function randomZoom(images: tf.Tensor4D, heightFactor: number, widthFactor: number | null, random: () => number): tf.Tensor4D {
  return zoom(images, sampleZoom(heightFactor, widthFactor, images.shape[0], random));
}
