/** Tiny images for the augmentation tests (test-only helper). */
import * as tf from '@tensorflow/tfjs-core';

/** A [1, h, w, 1] image that is 0 except for value 1 at the listed (x, y) pixels. */
export function pixelsImage(height: number, width: number, on: [number, number][]): tf.Tensor4D {
  const values = new Float32Array(height * width);
  for (const [x, y] of on) values[y * width + x] = 1;
  return tf.tensor4d(values, [1, height, width, 1]);
}

/** The (x, y) pixels of image `index` above 0.5, sorted by y then x. */
export function brightPixels(images: tf.Tensor4D, index = 0): [number, number][] {
  const [, height, width] = images.shape;
  const values = images.arraySync()[index]!;
  const out: [number, number][] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (values[y]![x]![0]! > 0.5) out.push([x, y]);
  return out;
}
