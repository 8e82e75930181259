/**
 * Data-parallel building blocks: the gradients of one part of a batch, and their combination.
 * Each part's loss is a mean over its own images, so the full batch's gradient is the
 * count-weighted mean of the parts' gradients: splitting a batch changes nothing but speed.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { floatsOf } from '../backend/heap.ts';
import { directGradients } from './direct/gradients.ts';
import { directPlan } from './direct/plan.ts';
import { correctCount, crossEntropy, trainableVariables } from './step.ts';

export interface PartGradients { grads: tf.Tensor[]; loss: tf.Scalar; correct: tf.Scalar }

/**
 * Gradients (in trainable-variable order), mean loss and correct count for one part: without
 * the tape where direct/plan.ts allows, else through tf.variableGrads.
 */
export function partGradients(model: tfl.LayersModel, x: tf.Tensor4D, y: tf.Tensor1D): PartGradients {
  const plan = directPlan(model);
  if (typeof plan !== 'string') {
    const { grads, loss, correct } = directGradients(plan, x, y.dataSync());
    return { grads, loss: tf.scalar(loss), correct: tf.scalar(correct) };
  }
  const variables = trainableVariables(model);
  let correct: tf.Scalar | null = null;
  const { value, grads } = tf.variableGrads(() => {
    const probs = model.apply(x, { training: true }) as tf.Tensor;
    correct = tf.keep(correctCount(probs, y));
    return tf.mean(crossEntropy(probs, y)) as tf.Scalar;
  }, variables);
  if (!correct) throw new Error('The gradient step produced no predictions.');
  return { grads: variables.map((v) => grads[v.name]!), loss: value, correct };
}

/** Σ (count_i / total) · grads_i, variable by variable. */
export function combineGradients(parts: { grads: tf.Tensor[]; count: number }[]): tf.Tensor[] {
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  if (parts.length === 0 || total === 0) throw new Error('No gradients to combine.');
  return tf.tidy(() => parts[0]!.grads.map((_, v) => tf.addN(parts.map((p) => tf.mul(p.grads[v]!, p.count / total)))));
}

/**
 * All values of `tensors` in one buffer (what crosses between workers): written into `into` when
 * it has exactly the right length (buffers are reused step after step, see pool.ts), else into a
 * new one. Returns the buffer written.
 */
export function packValues(tensors: tf.Tensor[], into?: Float32Array | null): Float32Array {
  const total = tensors.reduce((n, t) => n + t.size, 0);
  const flat = into?.length === total ? into : new Float32Array(total);
  let at = 0;
  for (const t of tensors) {
    flat.set(floatsOf(t), at);
    at += t.size;
  }
  return flat;
}

/**
 * Per tensor shaped like `like`, its values in `flat` as a subarray (no copy): the inverse of
 * packValues. Fails loudly on a size mismatch.
 */
export function viewsOf(flat: Float32Array, like: { shape: number[] }[]): Float32Array[] {
  const sizes = like.map((t) => t.shape.reduce((a, b) => a * b, 1));
  const expected = sizes.reduce((a, b) => a + b, 0);
  if (flat.length !== expected) throw new Error(`Expected ${expected} values for ${like.length} tensors, got ${flat.length}.`);
  let at = 0;
  return sizes.map((size) => flat.subarray(at, (at += size)));
}

/** The inverse of packValues as new tensors shaped like `like`; fails loudly on a size mismatch. */
export function unpackValues(flat: Float32Array, like: { shape: number[] }[]): tf.Tensor[] {
  return viewsOf(flat, like).map((values, i) => tf.tensor(values, like[i]!.shape, 'float32'));
}
