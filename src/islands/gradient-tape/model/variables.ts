/**
 * The model's trainable variables as `model.trainable_variables` lists them, with the names Keras
 * gives them (layer/variable, e.g. dense/kernel; TensorFlow.js appends _1, _2 to repeated names
 * within one page, so the original name is used).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';

/** One trainable variable: its Keras name, shape, and the tf.Variable that holds its value. */
export interface TrainableVariable { name: string; shape: number[]; variable: tf.Variable }

/** The trainable variables in Keras order (kernel before bias, layer by layer). */
export function trainableVariables(model: tfl.LayersModel): TrainableVariable[] {
  return model.trainableWeights.map((weight) => ({
    name: weight.originalName,
    shape: weight.shape.map((d) => d ?? 0),
    variable: weight.read() as tf.Variable,
  }));
}

/** Euclidean (L2) norm of all entries of `values`, accumulated in float64. */
export function l2Norm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! * values[i]!;
  return Math.sqrt(sum);
}
