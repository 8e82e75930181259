/**
 * The module's "Writing fit yourself" model, scaled down so one step runs instantly on a CPU:
 * Input(784) > Dense(32, relu) > Dropout(0.2) > Dense(10) logits (the listing has 128 units).
 * Layer names are the ones Keras gives a fresh Sequential, so the variables read dense/kernel etc.
 */
import * as tfl from '@tensorflow/tfjs-layers';

/** Hidden units (the module's listing uses 128; 32 keeps a 50-step run to a few seconds). */
export const HIDDEN_UNITS = 32;
/** Dropout rate between the two Dense layers, as in the listing. */
export const DROPOUT_RATE = 0.2;
/** Flattened 28x28 MNIST image. */
export const INPUT_SIZE = 784;
/** Trainable parameters: 784*32+32 + 32*10+10. */
export const LAB_TOTAL_PARAMS = INPUT_SIZE * HIDDEN_UNITS + HIDDEN_UNITS + HIDDEN_UNITS * 10 + 10;

/**
 * Builds the lab's model with weights drawn from `seed` (Glorot uniform kernels, zero biases,
 * Keras's defaults), so Reset with the same seed gives the same start.
 */
export function buildLabModel(seed: number, hidden = HIDDEN_UNITS): tfl.Sequential {
  if (!Number.isInteger(hidden) || hidden < 1) throw new Error(`Hidden units must be a positive integer, got ${hidden}.`);
  const model = tfl.sequential({ name: 'sequential' });
  model.add(tfl.layers.inputLayer({ inputShape: [INPUT_SIZE], name: 'input_layer' }));
  model.add(tfl.layers.dense({ name: 'dense', units: hidden, activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed }) }));
  model.add(tfl.layers.dropout({ name: 'dropout', rate: DROPOUT_RATE }));
  model.add(tfl.layers.dense({ name: 'dense_1', units: 10, kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 1 }) }));
  return model;
}
