/**
 * Between a LayersModel and plain named arrays: the model's weights under the names its saved
 * manifest uses ('conv2d/kernel', ...), and a variant's dequantized values put back for inference.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { NamedWeight } from './variants.ts';

/** Every weight of `model` in its own order, copied out as float32. */
export function namedWeights(model: tfl.LayersModel): NamedWeight[] {
  return model.weights.map((w) => ({ name: w.originalName, shape: w.shape.map((d) => d ?? 0), values: Float32Array.from(w.read().dataSync()) }));
}

/** Sets `model`'s weights to `weights` (same names and order as namedWeights gave). */
export function setNamedWeights(model: tfl.LayersModel, weights: readonly NamedWeight[]): void {
  const names = model.weights.map((w) => w.originalName);
  if (names.length !== weights.length || names.some((n, i) => n !== weights[i]!.name)) throw new Error(`The weights (${weights.map((w) => w.name).join(', ')}) do not match the model's (${names.join(', ')}).`);
  const tensors = weights.map((w) => tf.tensor(w.values, w.shape, 'float32'));
  model.setWeights(tensors);
  tf.dispose(tensors);
}
