/**
 * The MLP both modules train, built with Keras 3's automatic layer names so the live summary
 * reads like `model.summary()`: flatten, dense, dense_1, ... The last Dense is the softmax output.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import type { MlpShape } from './recipe.ts';
import { checkShape } from './validate.ts';

/** Layer names Keras 3 gives unnamed Dense layers: dense, dense_1, dense_2, ... */
export const denseName = (index: number): string => (index === 0 ? 'dense' : `dense_${index}`);

/**
 * Flatten -> Dense(width, relu) x depth -> Dense(10, softmax), named `name`.
 * `inputShape` is one example's shape: [28, 28] as in the modules' `keras.Input(shape=(28, 28))`,
 * or [28, 28, 1] for the training engine's image batches (the same 784 inputs after Flatten).
 * Throws on a shape `checkShape` rejects.
 */
export function buildMlp(shape: MlpShape, inputShape: number[] = [28, 28], name = 'mnist_mlp'): tfl.LayersModel {
  const problem = checkShape(shape);
  if (problem) throw new Error(problem);
  const model = tfl.sequential({ name });
  model.add(tfl.layers.flatten({ name: 'flatten', inputShape }));
  for (let i = 0; i < shape.depth; i++) model.add(tfl.layers.dense({ name: denseName(i), units: shape.width, activation: 'relu' }));
  model.add(tfl.layers.dense({ name: denseName(shape.depth), units: 10, activation: 'softmax' }));
  return model;
}
