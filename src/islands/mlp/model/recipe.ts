/**
 * What a multilayer-perceptron run is made of: the model's shape (Flatten, then `depth` hidden
 * Dense(width, relu) layers, then Dense(10, softmax)) and the training recipe. Modules 2 and 3
 * both use it; their Keras listings are the defaults below.
 */

/** Optimisers a learner can pick. 'sgd' is Keras's plain SGD (momentum 0); 'momentum' is SGD(momentum=0.9). */
export type OptimizerName = 'sgd' | 'momentum' | 'adam' | 'rmsprop';
export const OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'momentum', 'adam', 'rmsprop'];

/** The model's shape: `depth` hidden layers of `width` ReLU units each. */
export interface MlpShape { width: number; depth: number }

/** One training run of an MLP on MNIST. Image counts are images, not batches. */
export interface MlpRecipe extends MlpShape {
  optimizer: OptimizerName;
  /** Step size of the optimiser, > 0. */
  learningRate: number;
  /** Passes over the training images. */
  epochs: number;
  /** Images per gradient step. */
  batchSize: number;
  /** Fraction of the loaded training images held out (the last ones, as Keras's validation_split). */
  validationSplit: number;
  /** How many of the remaining training images to train on (the first ones); Infinity = all. */
  trainImages: number;
}

/** Module 2's listing: Dense(128, relu), Adam, batch 32, 5 epochs, validation_split=0.1, all 54,000 images. */
export const FIRST_NETWORK_RECIPE: MlpRecipe = {
  width: 128, depth: 1, optimizer: 'adam', learningRate: 0.001, epochs: 5, batchSize: 32, validationSplit: 0.1, trainImages: Infinity,
};

/**
 * Module 3's listing: the same model with Adam(1e-3), batch 64, 20 epochs. Its validation set is
 * the brief's 0.2 split of the 60,000 (12,000 images, leaving 48,000 to train on) rather than the
 * listing's last 10,000, so training-set sizes read as "all 48,000".
 */
export const TRAINING_LAB_RECIPE: MlpRecipe = {
  width: 128, depth: 1, optimizer: 'adam', learningRate: 0.001, epochs: 20, batchSize: 64, validationSplit: 0.2, trainImages: Infinity,
};

/**
 * What the lab's form starts with, so Start with no changes is a run of well under a minute on a
 * 2-core CPU (wasm): the listing's recipe on 5,000 images for 10 epochs. The listing itself (all
 * 48,000 images, 20 epochs) takes several minutes there, so it is one choice away, not the default.
 */
export const TRAINING_LAB_DEFAULT_RUN: MlpRecipe = { ...TRAINING_LAB_RECIPE, trainImages: 5_000, epochs: 10 };

/** Keras's Dense parameter count, inputs x units weights + units biases, summed over the stack. */
export function mlpParamCount({ width, depth }: MlpShape, inputs = 784, classes = 10): number {
  let total = 0;
  let previous = inputs;
  for (let i = 0; i < depth; i++) {
    total += previous * width + width;
    previous = width;
  }
  return total + previous * classes + classes;
}
