/**
 * The module's three forecasters, in TensorFlow.js layers, on windows of shape (window, 1):
 * dense (Flatten > Dense(32, relu) > Dense(1)), conv (Conv1D(16, kernel 24, relu) > Flatten >
 * Dense(1)) and lstm (LSTM(32) > Dense(1)). At window 48 their parameter counts are the ones
 * Keras prints in the module: 1,601, 801 and 4,385. Kernels are Glorot uniform from `seed`.
 */
import * as tfl from '@tensorflow/tfjs-layers';
// The orthogonal initializer (Keras's recurrent default) calls tensor.flatten(), a chained op.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

/** Which forecaster. */
export type ForecasterKind = 'dense' | 'conv' | 'lstm';

/** Names as in the module's listing, and how the lab's table labels them. */
export const FORECASTERS: Record<ForecasterKind, { name: string; label: string }> = {
  dense: { name: 'dense_net', label: 'Dense (Flatten > Dense 32 > Dense 1)' },
  conv: { name: 'conv_net', label: 'Conv1D (16 filters of 24 > Dense 1)' },
  lstm: { name: 'lstm_net', label: 'LSTM (32 units > Dense 1)' },
};

/** The module's Conv1D kernel: one day of hourly values (shortened when the window is shorter). */
export const CONV_KERNEL = 24;

/** Builds the `kind` forecaster for `window`-step inputs; throws on a window below 1. */
export function buildForecaster(kind: ForecasterKind, window: number, seed: number): tfl.Sequential {
  if (!Number.isInteger(window) || window < 1) throw new Error(`The window must be a whole number of steps above 0, got ${window}.`);
  const init = (offset: number) => tfl.initializers.glorotUniform({ seed: seed + offset });
  const model = tfl.sequential({ name: FORECASTERS[kind].name });
  model.add(tfl.layers.inputLayer({ inputShape: [window, 1] }));
  if (kind === 'dense') {
    model.add(tfl.layers.flatten());
    model.add(tfl.layers.dense({ units: 32, activation: 'relu', kernelInitializer: init(0) }));
  } else if (kind === 'conv') {
    model.add(tfl.layers.conv1d({ filters: 16, kernelSize: Math.min(CONV_KERNEL, window), activation: 'relu', kernelInitializer: init(0) }));
    model.add(tfl.layers.flatten());
  } else {
    model.add(tfl.layers.lstm({ units: 32, kernelInitializer: init(0), recurrentInitializer: tfl.initializers.orthogonal({ seed: seed + 2 }) }));
  }
  model.add(tfl.layers.dense({ units: 1, kernelInitializer: init(1) }));
  return model;
}
