/**
 * The backward pass of a DirectPlan: from d(loss)/d(logits), each layer's weight gradients, with
 * the backend's gradient kernels called directly (ours on wasm: backend/wasm-kernels.ts).
 *
 * A ReLU layer followed by max pooling is masked after the pool, not before: the pool's gradient
 * lands only on each window's maximum, whose ReLU output is the pooled value, so masking by
 * pooled > 0 gives the same gradient on a quarter of the values (2x2 pools), and the bias gradient
 * is the sum of that smaller masked tensor.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './forward.ts';
import type { DirectLayer, DirectPlan } from './plan.ts';

const run = (kernel: string, inputs: tf.NamedTensorMap, attrs: object) => tf.engine().runKernel(kernel, inputs, attrs as tf.NamedAttrMap) as tf.Tensor;
/** dy where the layer's ReLU output was positive (tfjs's Relu gradient, from the output). */
const reluMask = (dy: tf.Tensor, output: tf.Tensor) => tf.mul(dy, tf.step(output));

/**
 * One weighted layer's gradients ([kernel, bias?]) and the gradient for its input (null for the
 * first layer). `pooled` is set when a pool after this ReLU layer was masked already: then `dy` is
 * masked and `pooled` (the masked gradient before the pool) gives the bias gradient.
 */
function weightedBackward(layer: DirectLayer & { kind: 'conv' | 'dense' }, act: Activation, dy: tf.Tensor, pooled: tf.Tensor | null, first: boolean): { grads: tf.Tensor[]; dx: tf.Tensor | null } {
  const dz = pooled || !layer.relu ? dy : reluMask(dy, act.output);
  if (layer.kind === 'dense') {
    const grads = [tf.matMul(act.input, dz, true, false), ...(layer.bias ? [tf.sum(dz, 0)] : [])];
    return { grads, dx: first ? null : tf.matMul(dz, layer.kernel, false, true) };
  }
  const common = { strides: layer.strides, pad: layer.padding, dataFormat: 'NHWC' };
  const dKernel = run(tf.Conv2DBackpropFilter, { x: act.input, dy: dz }, { ...common, filterShape: layer.kernel.shape });
  const grads = [dKernel, ...(layer.bias ? [tf.sum(pooled ?? dz, [0, 1, 2])] : [])];
  return { grads, dx: first ? null : run(tf.Conv2DBackpropInput, { dy: dz, filter: layer.kernel }, { ...common, inputShape: act.input.shape }) };
}

/**
 * Weight gradients in the plan's variable order (per layer: kernel, then bias), from `dLogits`
 * [n, classes] and the forward pass's activations. Call inside tf.tidy.
 */
export function backward(plan: DirectPlan, activations: Activation[], dLogits: tf.Tensor2D): tf.Tensor[] {
  const perLayer: tf.Tensor[][] = [];
  const firstWeighted = plan.layers.findIndex((l) => l.kind === 'conv' || l.kind === 'dense');
  let dy: tf.Tensor = dLogits;
  let pooled: tf.Tensor | null = null;
  for (let i = plan.layers.length - 1; i >= firstWeighted; i--) {
    const [layer, act, before] = [plan.layers[i]!, activations[i]!, plan.layers[i - 1]];
    if (layer.kind === 'flatten') {
      dy = tf.reshape(dy, act.input.shape);
    } else if (layer.kind === 'pool') {
      // The mask after the pool (see above); the conv before it then skips its own.
      pooled = before?.kind === 'conv' && before.relu ? reluMask(dy, act.output) : null;
      dy = run(tf.MaxPoolGrad, { dy: pooled ?? dy, input: act.input, output: act.output }, { filterSize: layer.poolSize, strides: layer.strides, pad: layer.padding });
    } else {
      const result = weightedBackward(layer, act, dy, pooled, i === firstWeighted);
      perLayer[i] = result.grads;
      pooled = null;
      if (result.dx) dy = result.dx;
    }
  }
  return perLayer.flat();
}
