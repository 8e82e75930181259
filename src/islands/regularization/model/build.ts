/**
 * Module 5's regularized CNN, scaled down so two runs on ~1,000 images fit in a minute on a CPU:
 * the same layer sequence (bias-free Conv2D > BatchNormalization > ReLU > MaxPooling2D, twice,
 * then Flatten > Dense(relu, optional L2) > optional Dropout > Dense(10, softmax)) with 8 and 16
 * filters and 32 hidden units instead of 32, 64 and 64, and a faster BatchNormalization momentum.
 */
import type * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/** The regularizers of one run: dropout rate before the classifier, L2 factor on the hidden kernel. */
export interface Regularizers { dropout: number; l2: number }

/** Filters of the two convolutions and units of the hidden Dense layer. */
export const SMALL_CNN = { filters1: 8, filters2: 16, hidden: 32 } as const;

/**
 * Keras's BatchNormalization(momentum=0.9) instead of the default 0.99: a 1,000-image run takes
 * only ~30 steps an epoch, and with 0.99 the moving averages used at inference would still be
 * near their initial values after the first epochs, so validation scores would mostly measure that.
 */
export const BN_MOMENTUM = 0.9;

/** Builds the model; throws a RangeError for a dropout outside [0, 1) or a negative or huge L2. */
export function buildSmallCnn({ dropout, l2 }: Regularizers): tfl.LayersModel {
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError(`Dropout rate must be in [0, 1), got ${dropout}.`);
  if (!(l2 >= 0 && l2 <= 1)) throw new RangeError(`L2 factor must be between 0 and 1, got ${l2}.`);
  const model = tfl.sequential({ name: 'small_regularized_cnn' });
  model.add(tfl.layers.inputLayer({ inputShape: [28, 28, 1], name: 'input_layer' }));
  for (const [i, filters] of [[1, SMALL_CNN.filters1], [2, SMALL_CNN.filters2]] as const) {
    model.add(tfl.layers.conv2d({ name: `conv${i}`, filters, kernelSize: 3, useBias: false }));
    model.add(tfl.layers.batchNormalization({ name: `bn${i}`, momentum: BN_MOMENTUM }));
    model.add(tfl.layers.activation({ name: `relu${i}`, activation: 'relu' }));
    model.add(tfl.layers.maxPooling2d({ name: `pool${i}`, poolSize: 2 }));
  }
  model.add(tfl.layers.flatten({ name: 'flatten' }));
  model.add(tfl.layers.dense({ name: 'hidden', units: SMALL_CNN.hidden, activation: 'relu', kernelRegularizer: l2 > 0 ? tfl.regularizers.l2({ l2 }) : undefined }));
  if (dropout > 0) model.add(tfl.layers.dropout({ name: 'dropout', rate: dropout }));
  model.add(tfl.layers.dense({ name: 'classifier', units: 10, activation: 'softmax' }));
  return model;
}

/**
 * The regularization losses (Keras's `model.losses`) as scalars: tfjs keeps them on the layers,
 * not on a Sequential model, so they are collected layer by layer. Call inside a tidy/minimize.
 */
export function penaltyTerms(model: tfl.LayersModel): tf.Scalar[] {
  return model.layers.flatMap((layer) => layer.calculateLosses());
}

/** Gives `to` the exact weights of `from` (same architecture up to weight-free layers). */
export function copyWeights(from: tfl.LayersModel, to: tfl.LayersModel): void {
  const source = from.getWeights();
  if (source.length !== to.getWeights().length) throw new Error('The two models do not have the same weights.');
  to.setWeights(source);
}
