/**
 * Which models the tape-free step (step.ts) trains: a Sequential stack of Conv2D (NHWC, undilated,
 * ReLU or linear), MaxPooling2D, Flatten, Dense (ReLU or linear) and rate-0 Dropout, ending in a
 * softmax Dense, on a backend whose tensors live in host memory (wasm, cpu). Module 4's CNN is one.
 * Anything else gets a reason instead, and training keeps tfjs's gradient tape.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';

type Padding = 'valid' | 'same';
type Pair = [number, number];

/** One layer as the direct step runs it; weights are the model's own variables (updated in place). */
export type DirectLayer =
  | { kind: 'conv'; kernel: tf.Variable; bias: tf.Variable | null; relu: boolean; strides: Pair; padding: Padding }
  | { kind: 'pool'; poolSize: Pair; strides: Pair; padding: Padding }
  | { kind: 'flatten' }
  | { kind: 'dense'; kernel: tf.Variable; bias: tf.Variable | null; relu: boolean; softmax: boolean };

/** The layers in order, with nothing left out but rate-0 Dropout and the input layer. */
export interface DirectPlan { layers: DirectLayer[] }

const HOST_BACKENDS = new Set(['wasm', 'cpu']);
const pair = (v: unknown): Pair => (Array.isArray(v) ? [v[0] as number, v[1] as number] : [v as number, v as number]);
const ACTIVATIONS = new Set(['relu', 'linear']);

/** The layer's [kernel, bias] variables, checked by name (tfjs-layers adds them in this order). */
function weightsOf(layer: tfl.layers.Layer, useBias: boolean): { kernel: tf.Variable; bias: tf.Variable | null } | string {
  const names = layer.trainableWeights.map((w) => w.originalName.split('/').pop());
  const expected = useBias ? ['kernel', 'bias'] : ['kernel'];
  if (names.join() !== expected.join() || !layer.trainable) return `${layer.name} does not train exactly ${expected.join(' and ')}`;
  const [kernel, bias] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
  return { kernel: kernel!, bias: bias ?? null };
}

/** One layer's plan entry, null for a layer that does nothing in training, or why it is not supported. */
function planLayer(layer: tfl.layers.Layer, last: boolean): DirectLayer | null | string {
  const config = layer.getConfig() as Record<string, unknown>;
  const kind = layer.getClassName();
  const activation = config['activation'] as string | undefined;
  if (kind === 'InputLayer' || (kind === 'Dropout' && config['rate'] === 0)) return null;
  if (kind === 'Flatten') return { kind: 'flatten' };
  if (kind === 'MaxPooling2D' && config['dataFormat'] !== 'channelsFirst') {
    return { kind: 'pool', poolSize: pair(config['poolSize']), strides: pair(config['strides'] ?? config['poolSize']), padding: config['padding'] as Padding };
  }
  if (kind === 'Conv2D' && config['dataFormat'] !== 'channelsFirst' && pair(config['dilationRate']).every((d) => d === 1) && ACTIVATIONS.has(activation!) && !last) {
    const weights = weightsOf(layer, config['useBias'] as boolean);
    if (typeof weights === 'string') return weights;
    return { kind: 'conv', ...weights, relu: activation === 'relu', strides: pair(config['strides']), padding: config['padding'] as Padding };
  }
  if (kind === 'Dense' && (last ? activation === 'softmax' : ACTIVATIONS.has(activation!))) {
    const weights = weightsOf(layer, config['useBias'] as boolean);
    if (typeof weights === 'string') return weights;
    return { kind: 'dense', ...weights, relu: activation === 'relu', softmax: last };
  }
  return `${layer.name} (${kind}${activation ? `, ${activation}` : ''}${last ? ', last' : ''}) is not one the direct step runs`;
}

const plans = new WeakMap<tfl.LayersModel, DirectPlan | string>();

/**
 * The plan for `model` on the active backend, or a sentence saying why it has none. Cached per
 * model (a model's layers and variables never change; setWeights assigns in place).
 */
export function directPlan(model: tfl.LayersModel): DirectPlan | string {
  if (!HOST_BACKENDS.has(tf.getBackend())) return `the ${tf.getBackend()} backend keeps tensors off the host`;
  let plan = plans.get(model);
  if (plan === undefined) {
    plan = planModel(model);
    plans.set(model, plan);
  }
  return plan;
}

function planModel(model: tfl.LayersModel): DirectPlan | string {
  if (model.getClassName() !== 'Sequential') return 'only Sequential models run directly';
  const layers: DirectLayer[] = [];
  for (const [i, layer] of model.layers.entries()) {
    const planned = planLayer(layer, i === model.layers.length - 1);
    if (typeof planned === 'string') return planned;
    if (planned) layers.push(planned);
  }
  const weights = layers.flatMap((l) => ('kernel' in l ? [l.kernel, ...(l.bias ? [l.bias] : [])] : []));
  if (weights.length === 0) return 'the model has no weights to train';
  if (weights.length !== model.trainableWeights.length) return 'the model trains weights outside its layers';
  return { layers };
}
