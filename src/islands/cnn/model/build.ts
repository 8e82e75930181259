/**
 * The seed's CNN exactly as module 4 prints it, with Keras's layer names:
 * Conv2D(32,3x3,relu) > MaxPool 2x2 > Conv2D(64) > MaxPool > Conv2D(64) > Flatten > Dense(64,relu)
 * > [Dropout] > Dense(10,softmax) = 93,322 parameters. Optional dropout sits before the last Dense.
 */
import * as tfl from '@tensorflow/tfjs-layers';

export const SEED_TOTAL_PARAMS = 93_322;

/**
 * The seed's CNN, with optional dropout (rate in [0, 1)) before the last Dense layer. Kernels start
 * Glorot-uniform and biases at zero, the Keras defaults; a `seed` (any integer) makes that start
 * the same on every call, like `keras.utils.set_random_seed` before building, and leaves the
 * dropout masks random. Without it every model starts somewhere new.
 */
export function buildCnn(dropout = 0, seed?: number): tfl.LayersModel {
  if (!(dropout >= 0 && dropout < 1)) throw new Error(`Dropout must be in [0, 1), got ${dropout}.`);
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new Error(`The seed must be an integer, got ${seed}.`);
  // One seed per layer: with one shared seed, kernels of the same shape would start equal.
  let layer = 0;
  const init = () => ({ kernelInitializer: tfl.initializers.glorotUniform({ seed: seed === undefined ? undefined : seed + layer++ }) });
  const model = tfl.sequential({ name: 'sequential' });
  model.add(tfl.layers.inputLayer({ inputShape: [28, 28, 1], name: 'input_layer' }));
  model.add(tfl.layers.conv2d({ name: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu', ...init() }));
  model.add(tfl.layers.maxPooling2d({ name: 'max_pooling2d', poolSize: 2 }));
  model.add(tfl.layers.conv2d({ name: 'conv2d_1', filters: 64, kernelSize: 3, activation: 'relu', ...init() }));
  model.add(tfl.layers.maxPooling2d({ name: 'max_pooling2d_1', poolSize: 2 }));
  model.add(tfl.layers.conv2d({ name: 'conv2d_2', filters: 64, kernelSize: 3, activation: 'relu', ...init() }));
  model.add(tfl.layers.flatten({ name: 'flatten' }));
  model.add(tfl.layers.dense({ name: 'dense', units: 64, activation: 'relu', ...init() }));
  if (dropout > 0) model.add(tfl.layers.dropout({ name: 'dropout', rate: dropout }));
  model.add(tfl.layers.dense({ name: 'dense_1', units: 10, activation: 'softmax', ...init() }));
  return model;
}
