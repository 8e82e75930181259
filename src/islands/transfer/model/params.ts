/**
 * Parameter counts as Keras 3's model.summary() prints them after compile: "Total params",
 * "Trainable params", "Non-trainable params". Weights of a frozen layer count as non-trainable,
 * and so do weights that never train (BatchNormalization's moving mean and variance). After
 * fit, Keras also prints "Optimizer params" and adds them to the total; that line is not shown.
 */
import type * as tfl from '@tensorflow/tfjs-layers';

/** Scalars in total, in trainable weights and in the rest. */
export interface ParamCounts { total: number; trainable: number; nonTrainable: number }

const scalars = (weights: tfl.LayerVariable[]) => weights.reduce((sum, w) => sum + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);

/** The counts of `model` under its current `trainable` flags. */
export function countParams(model: tfl.LayersModel): ParamCounts {
  const trainable = scalars(model.trainableWeights);
  const nonTrainable = scalars(model.nonTrainableWeights);
  return { total: trainable + nonTrainable, trainable, nonTrainable };
}
