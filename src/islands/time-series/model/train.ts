/**
 * Trains one forecaster the module's way (Adam, loss "mae", shuffled training windows, early
 * stopping on the validation MAE, inputs and targets normalised with the training period's mean and standard deviation) and forecasts other
 * windows back in the series' own units. Runs on whatever backend is active.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { meanAbsoluteError } from '../data/baselines.ts';
import type { Windows } from '../data/windows.ts';

/** Training-period statistics the module normalises with (`mean, std = train.mean(), train.std()`). */
export interface Scale { mean: number; std: number }

/** Mean and (population) standard deviation of `values`, as numpy's mean() and std(). */
export function scaleOf(values: ArrayLike<number>): Scale {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let sq = 0;
  for (let i = 0; i < values.length; i++) sq += (values[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(sq / values.length) || 1 };
}

/** How to fit: epochs over all training windows, batch size, Adam's learning rate. */
export interface FitOptions { epochs: number; batchSize: number; learningRate: number }

/**
 * The module's batch of 64. Adam at 0.003 instead of Keras's 0.001: the module trains up to 50
 * epochs with early stopping, the lab a dozen, and 0.001 had not converged by then (dense: 0.55
 * test MAE after 10 epochs at 0.001, 0.51 after 12 at 0.003, on the module series).
 */
export const FIT_DEFAULTS: Omit<FitOptions, 'epochs'> = { batchSize: 64, learningRate: 0.003 };

function tensors(w: Windows, s: Scale): [tf.Tensor3D, tf.Tensor2D] {
  const x = tf.tidy(() => tf.tensor3d(w.inputs, [w.count, w.window, 1]).sub(s.mean).div(s.std) as tf.Tensor3D);
  const y = tf.tidy(() => tf.tensor2d(w.targets, [w.count, 1]).sub(s.mean).div(s.std) as tf.Tensor2D);
  return [x, y];
}

/** The module's `EarlyStopping(patience=5, restore_best_weights=True)`: epochs without a better validation MAE before stopping. */
export const PATIENCE = 5;

/** How a fit ended: epochs run, the epoch (1-based) whose weights were kept, and its validation MAE (series units). */
export interface FitSummary { epochsRun: number; bestEpoch: number; bestValidationMae: number }

/**
 * Fits `model` on `train`, scoring `validation` after every epoch; stops after PATIENCE epochs
 * without improvement and restores the best epoch's weights, as the module's EarlyStopping does.
 * `onBatch(done, total)` counts batches over the planned fit.
 */
export async function fitForecaster(model: tfl.LayersModel, train: Windows, validation: Windows, s: Scale, o: FitOptions, onBatch: (done: number, total: number) => void): Promise<FitSummary> {
  const [x, y] = tensors(train, s);
  const perEpoch = Math.ceil(train.count / o.batchSize);
  let done = 0;
  let best: { epoch: number; mae: number; weights: tf.Tensor[] } = { epoch: 0, mae: Infinity, weights: [] };
  let epochsRun = 0;
  model.compile({ optimizer: tf.train.adam(o.learningRate), loss: 'meanAbsoluteError' });
  try {
    await model.fit(x, y, {
      epochs: o.epochs, batchSize: o.batchSize, shuffle: true, verbose: 0,
      // It runs in the lab's worker: nothing to yield to, and a yield per batch waits for a frame.
      yieldEvery: 'never',
      callbacks: {
        onBatchEnd: async () => { onBatch(++done, perEpoch * o.epochs); },
        onEpochEnd: async (epoch) => {
          epochsRun = epoch + 1;
          const mae = meanAbsoluteError(validation.targets, forecast(model, validation, s));
          if (mae < best.mae) {
            for (const w of best.weights) w.dispose();
            best = { epoch: epoch + 1, mae, weights: model.getWeights().map((w) => w.clone()) };
          } else if (epoch + 1 - best.epoch >= PATIENCE) {
            model.stopTraining = true;
          }
        },
      },
    });
    if (best.weights.length > 0) model.setWeights(best.weights);
    return { epochsRun, bestEpoch: best.epoch, bestValidationMae: best.mae };
  } finally {
    x.dispose(); y.dispose();
    for (const w of best.weights) w.dispose();
  }
}

/** The model's forecasts for `w`'s windows, in the series' units. */
export function forecast(model: tfl.LayersModel, w: Windows, s: Scale): Float32Array {
  const [x, y] = tensors(w, s);
  const out = tf.tidy(() => (model.predict(x, { batchSize: 256 }) as tf.Tensor).mul(s.std).add(s.mean));
  const values = out.dataSync() as Float32Array;
  x.dispose(); y.dispose(); out.dispose();
  return values;
}
