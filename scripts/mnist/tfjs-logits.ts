/**
 * Reference logits from TensorFlow.js (cpu backend) for the module-4 CNN, used to check the
 * Worker's own forward pass (functions/mnist/forward.ts) and to build the API tests' fixture.
 * Node-side only: the Worker never loads TF.js.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { IMAGE_SIZE } from '../../src/islands/runtime/mnist/idx.ts';
import { buildCnn } from '../../src/islands/cnn/model/build.ts';

/** Switches TF.js to its plain-JS cpu backend (the one the browser falls back to). */
export async function useCpu(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

/** The model's weights as one little-endian float32 buffer in save order, plus shapes. */
export function flatWeights(model: tfl.LayersModel): { shapes: number[][]; values: Float32Array } {
  const tensors = model.getWeights();
  const parts = tensors.map((t) => t.dataSync() as Float32Array);
  const values = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) { values.set(p, offset); offset += p.length; }
  return { shapes: tensors.map((t) => t.shape.slice()), values };
}

/**
 * Logits (before softmax) for `count` images of uint8 pixels, computed as the island feeds
 * them (int32 -> float32 x 1/255), in chunks; returns count x 10 values.
 */
export function tfjsLogits(model: tfl.LayersModel, pixels: Uint8Array, count: number, chunk = 250): Float32Array {
  const features = tfl.model({ inputs: model.inputs, outputs: model.getLayer('dense').output as tfl.SymbolicTensor });
  const [kernel, bias] = model.getLayer('dense_1').getWeights() as [tf.Tensor2D, tf.Tensor1D];
  const out = new Float32Array(count * 10);
  for (let start = 0; start < count; start += chunk) {
    const n = Math.min(chunk, count - start);
    const logits = tf.tidy(() => {
      const x = tf.mul(tf.cast(tf.tensor4d(pixels.subarray(start * IMAGE_SIZE, (start + n) * IMAGE_SIZE), [n, 28, 28, 1], 'int32'), 'float32'), 1 / 255);
      return tf.add(tf.matMul(features.predict(x) as tf.Tensor2D, kernel), bias);
    });
    out.set(logits.dataSync(), start * 10);
    logits.dispose();
  }
  return out;
}

/** A fresh module-4 CNN whose weights are all drawn at random (biases too), so no logit is trivially zero. */
export function randomCnn(seed: number): tfl.LayersModel {
  const model = buildCnn();
  model.setWeights(model.getWeights().map((w, i) => {
    const fanIn = w.shape.length > 1 ? w.shape.slice(0, -1).reduce((a, b) => a * b, 1) : 10;
    return tf.randomNormal(w.shape, 0, Math.sqrt(2 / fanIn), 'float32', seed + i);
  }));
  return model;
}

/** Base64 of float32 values' bytes (little-endian on every platform TF.js runs on), as the API expects. */
export function float32Base64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
