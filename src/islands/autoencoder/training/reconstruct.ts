/** Runs the autoencoder in inference mode over host images, a few hundred at a time. */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { PIXELS } from '../data/errors.ts';
import { binaryCrossEntropy } from './loss.ts';

const CHUNK = 500;

/** The reconstructions of `pixels` (n x 784 values in [0, 1]), same layout. */
export async function reconstruct(model: tfl.LayersModel, pixels: Float32Array): Promise<Float32Array> {
  const n = pixels.length / PIXELS;
  const out = new Float32Array(pixels.length);
  for (let start = 0; start < n; start += CHUNK) {
    const count = Math.min(CHUNK, n - start);
    const y = tf.tidy(() => model.predict(tf.tensor4d(pixels.subarray(start * PIXELS, (start + count) * PIXELS), [count, 28, 28, 1])) as tf.Tensor);
    out.set(await y.data() as Float32Array, start * PIXELS);
    y.dispose();
  }
  return out;
}

/** Mean binary cross-entropy of the model on `inputs` against `targets` (the Keras loss, inference mode). */
export async function lossOn(model: tfl.LayersModel, inputs: Float32Array, targets: Float32Array): Promise<number> {
  const n = inputs.length / PIXELS;
  let total = 0;
  for (let start = 0; start < n; start += CHUNK) {
    const count = Math.min(CHUNK, n - start);
    const slice = (a: Float32Array) => tf.tensor4d(a.subarray(start * PIXELS, (start + count) * PIXELS), [count, 28, 28, 1]);
    const loss = tf.tidy(() => binaryCrossEntropy(model.predict(slice(inputs)) as tf.Tensor, slice(targets)));
    total += (await loss.data())[0]! * count;
    loss.dispose();
  }
  return total / n;
}
