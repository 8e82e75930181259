/**
 * Adam in one pass over host memory, for the backends whose tensors live there (wasm, cpu).
 * tfjs-core's AdamOptimizer spends about 15 tensor ops per variable (each a kernel call and an
 * allocation on wasm); this reads the gradients, moments and weights as float32 views and writes
 * each variable once. Same update as tfjs-core 4.22's AdamOptimizer
 * (tfjs-core/src/optimizers/adam_optimizer.ts): bias-corrected moments with epsilon added after
 * the square root of the corrected second moment. Keras 3 adds it to the uncorrected one instead.
 */
import * as tf from '@tensorflow/tfjs-core';
import { floatsOf } from '../backend/heap.ts';

/** One source of gradients: per variable (in the order of the variables given), float32 values, and its weight in the sum. */
export interface GradientPart { grads: Float32Array[]; weight: number }

/**
 * One variable's Adam state: first and second moments in float32 as tfjs-core keeps them, and
 * buffers reused step after step (fresh memory is slow to touch): its next values and, when a
 * step has several parts, its combined gradient.
 */
interface VariableState { m: Float32Array; v: Float32Array; next: Float32Array; summed: Float32Array | null }

export class HostAdam extends tf.Optimizer {
  /** The name tfjs and Keras serialise Adam under. */
  static get className(): string { return 'Adam'; }
  /** tfjs-core makes `instanceof Optimizer` (and so of every subclass) true of any optimizer; this one means it. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(HostAdam, value);
  }
  /** Per variable name (tfjs-core keys them by position): its state, made at its first step. */
  private state = new Map<string, VariableState>();

  /** `learningRate` stays a public field: setLearningRate changes it between runs, as on tfjs's Adam. */
  constructor(public learningRate: number, readonly beta1 = 0.9, readonly beta2 = 0.999, readonly epsilon = 1e-7) {
    super();
  }

  applyGradients(variableGradients: tf.NamedTensorMap | { name: string; tensor: tf.Tensor }[]): void {
    const named = Array.isArray(variableGradients) ? variableGradients : Object.entries(variableGradients).map(([name, tensor]) => ({ name, tensor }));
    const variables = named.map(({ name }) => {
      const variable = tf.engine().registeredVariables[name];
      if (!variable) throw new Error(`Adam: no variable named ${name}.`);
      return variable;
    });
    this.applyCombined(variables, [{ grads: named.map(({ tensor }) => floatsOf(tensor)), weight: 1 }]);
  }

  /**
   * One Adam step where variable i's gradient is Σ_k parts[k].weight · parts[k].grads[i] (the
   * count-weighted mean of a split batch's parts, see parallel/pool.ts), without making it a tensor.
   * Views into the wasm heap are read before anything is allocated. Throws on a size mismatch.
   */
  applyCombined(variables: tf.Variable[], parts: GradientPart[]): void {
    const t = this.iterations + 1;
    const [b1, b2, lr, eps] = [this.beta1, this.beta2, this.learningRate, this.epsilon];
    const [c1, c2] = [1 - b1 ** t, 1 - b2 ** t];
    // Every size is checked before any moment changes, so a refused step changes nothing.
    if (parts.length === 0) throw new Error('Adam: no gradients to apply.');
    for (const [i, variable] of variables.entries()) {
      if (parts.some((p) => p.grads[i]?.length !== variable.size)) throw new Error(`Adam: a gradient for ${variable.name} does not have its ${variable.size} values.`);
    }
    const [k1, k2, stepSize, inverseC2] = [1 - b1, 1 - b2, lr / c1, 1 / c2];
    const states = variables.map((variable) => this.stateOf(variable));
    variables.forEach((variable, i) => {
      const w = floatsOf(variable);
      const state = states[i]!;
      const g = gradientOf(i, parts, state);
      const { m, v, next: out } = state;
      for (let j = 0; j < w.length; j++) {
        const gj = g[j]!;
        const mj = (m[j] = b1 * m[j]! + k1 * gj);
        const vj = (v[j] = b2 * v[j]! + k2 * gj * gj);
        out[j] = w[j]! - (stepSize * mj) / (Math.sqrt(vj * inverseC2) + eps);
      }
    });
    // Only now allocate: a growing wasm heap would have detached the views above. The cpu
    // backend keeps the array a tensor is made from, so it gets a copy.
    const copy = tf.getBackend() !== 'wasm';
    variables.forEach((variable, i) => {
      const next = states[i]!.next;
      const value = tf.tensor(copy ? next.slice() : next, variable.shape, 'float32');
      variable.assign(value);
      value.dispose();
    });
    this.incrementIterations();
  }

  /** The variable's state: zero moments at its first step (or if a variable of that name changed size). */
  private stateOf(variable: tf.Variable): VariableState {
    let state = this.state.get(variable.name);
    if (state?.m.length !== variable.size) {
      const size = variable.size;
      state = { m: new Float32Array(size), v: new Float32Array(size), next: new Float32Array(size), summed: null };
      this.state.set(variable.name, state);
    }
    return state;
  }

  dispose(): void {
    this.state.clear();
    super.dispose();
  }

  getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}

/** Variable i's gradient: the one part's own values at weight 1, else the weighted sum in the state's reused buffer. */
function gradientOf(i: number, parts: GradientPart[], state: VariableState): Float32Array {
  const [first, ...rest] = parts as [GradientPart, ...GradientPart[]];
  if (rest.length === 0 && first.weight === 1) return first.grads[i]!;
  const sum = (state.summed ??= new Float32Array(state.m.length));
  const [g0, a0] = [first.grads[i]!, first.weight];
  for (let j = 0; j < sum.length; j++) sum[j] = a0 * g0[j]!;
  for (const { grads, weight } of rest) {
    const g = grads[i]!;
    for (let j = 0; j < sum.length; j++) sum[j]! += weight * g[j]!;
  }
  return sum;
}

/** Adam for `learningRate`: HostAdam where tensors live in host memory (wasm, cpu), tfjs's own on a GPU. */
export function adamFor(learningRate: number): tf.Optimizer {
  const backend = tf.getBackend();
  return backend === 'wasm' || backend === 'cpu' ? new HostAdam(learningRate) : tf.train.adam(learningRate);
}
