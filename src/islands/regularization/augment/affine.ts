/**
 * Applies Keras-style projective transforms to a batch of images with tf.image.transform, the
 * TensorFlow.js port of the op Keras's TensorFlow backend calls (ImageProjectiveTransformV3 in
 * keras/src/backend/tensorflow/image.py affine_transform). Each row [a0 a1 a2 b0 b1 b2 c0 c1] maps an
 * OUTPUT pixel (x, y) to the INPUT point it samples, as in Keras. Defaults are the layers' own:
 * bilinear interpolation, fill_mode "reflect" (d c b a | a b c d | d c b a).
 */
import * as tf from '@tensorflow/tfjs-core';

/** One 8-number transform row per image (Keras's layout). */
export type TransformRow = [number, number, number, number, number, number, number, number];

/** Keras's fill modes; all four exist in tf.image.transform. */
export type FillMode = 'reflect' | 'constant' | 'wrap' | 'nearest';

/**
 * `images` [n, h, w, c] float32, `rows` one per image; returns a new [n, h, w, c] tensor.
 * The cpu backend of tfjs 4.22 returns after the first image of a batch (its Transform kernel
 * returns inside the batch loop), so there each image is transformed on its own.
 */
export function applyAffine(images: tf.Tensor4D, rows: TransformRow[], fillMode: FillMode = 'reflect'): tf.Tensor4D {
  const n = images.shape[0];
  if (rows.length !== n) throw new Error(`Need one transform per image: ${rows.length} for ${n}.`);
  return tf.tidy(() => {
    if (tf.getBackend() !== 'cpu' || n === 1) {
      return tf.image.transform(images, tf.tensor2d(rows, [n, 8]), 'bilinear', fillMode, 0);
    }
    const parts = tf.split(images, n, 0) as tf.Tensor4D[];
    return tf.concat(parts.map((image, i) => tf.image.transform(image, tf.tensor2d([rows[i]!], [1, 8]), 'bilinear', fillMode, 0)), 0);
  });
}
