/**
 * A training step's gradients without tfjs's gradient tape, for the models plan.ts accepts. The
 * tape records ~100 ops a step, keeps their inputs and walks them back in JavaScript: about
 * 2.6 ms of a 64-image step on wasm that no kernel accounts for (issue 17's profile). Here the
 * forward pass keeps only each layer's input and output, the loss and its gradient are computed
 * on the host from the [n, 10] probabilities, and the backward pass calls the gradient kernels.
 */
import * as tf from '@tensorflow/tfjs-core';
import { backward } from './backward.ts';
import { forward } from './forward.ts';
import { softmaxCrossEntropy } from './loss.ts';
import type { DirectPlan } from './plan.ts';

/** Weight gradients (kernel, bias per layer, as model.trainableWeights), mean loss and correct count. */
export interface DirectGradients { grads: tf.Tensor[]; loss: number; correct: number }

/**
 * The gradients of the mean cross-entropy of `plan`'s model on `x` [n, h, w, c] with integer
 * `labels` [n]. Allocates nothing that outlives the call but the returned gradients.
 */
export function directGradients(plan: DirectPlan, x: tf.Tensor4D, labels: ArrayLike<number>): DirectGradients {
  let result: { loss: number; correct: number } | null = null;
  const grads = tf.tidy(() => {
    const activations = forward(plan, x);
    const probs = activations[activations.length - 1]!.output;
    const classes = probs.shape[1]!;
    const host = softmaxCrossEntropy(probs.dataSync() as Float32Array, labels, classes);
    result = { loss: host.loss, correct: host.correct };
    return backward(plan, activations, tf.tensor2d(host.dLogits, [labels.length, classes]));
  });
  return { grads, ...result! };
}
