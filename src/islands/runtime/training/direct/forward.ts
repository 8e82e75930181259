/**
 * The forward pass of a DirectPlan with plain tfjs ops (no tape records them): each layer's input
 * and output are kept for the backward pass. Conv2D and Dense run fused with their bias and ReLU,
 * as tfjs-layers runs them in inference (on wasm: our GEMM with the bias and ReLU added in
 * registers, backend/conv-forward-gemm.ts); softmax last.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DirectLayer, DirectPlan } from './plan.ts';

/** What the backward pass needs of one layer: its input and its output (after the activation). */
export interface Activation { input: tf.Tensor; output: tf.Tensor }

function run(layer: DirectLayer, x: tf.Tensor): tf.Tensor {
  switch (layer.kind) {
    case 'conv':
      return tf.fused.conv2d({ x: x as tf.Tensor4D, filter: layer.kernel as tf.Tensor4D, strides: layer.strides, pad: layer.padding, bias: layer.bias ?? undefined, activation: layer.relu ? 'relu' : 'linear' });
    case 'pool':
      return tf.maxPool(x as tf.Tensor4D, layer.poolSize, layer.strides, layer.padding);
    case 'flatten':
      return tf.reshape(x, [x.shape[0]!, -1]);
    case 'dense': {
      if (!layer.softmax) return tf.fused.matMul({ a: x as tf.Tensor2D, b: layer.kernel as tf.Tensor2D, bias: layer.bias ?? undefined, activation: layer.relu ? 'relu' : 'linear' });
      const logits = tf.matMul(x as tf.Tensor2D, layer.kernel as tf.Tensor2D);
      return tf.softmax(layer.bias ? tf.add(logits, layer.bias) : logits);
    }
  }
}

/** Runs `plan` on `x`; call inside tf.tidy. The last output is the softmax probabilities [n, classes]. */
export function forward(plan: DirectPlan, x: tf.Tensor4D): Activation[] {
  const activations: Activation[] = [];
  let input: tf.Tensor = x;
  for (const layer of plan.layers) {
    const output = run(layer, input);
    activations.push({ input, output });
    input = output;
  }
  return activations;
}
