/**
 * The transfer model: the learner's module-4 CNN up to its Flatten layer (the convolutional base,
 * reused with its trained weights, not copied) and a new head for the learner's own symbols:
 * Dense(64, relu) -> Dropout(0.3) -> Dense(k, softmax). Like `keras.Model(base.input, head(...))`
 * in the module, the base's layers are shared with the saved model object.
 */
import * as tfl from '@tensorflow/tfjs-layers';

/** Units of the head's hidden Dense layer. */
export const HEAD_UNITS = 64;
/** Dropout rate between the head's two Dense layers. */
export const HEAD_DROPOUT = 0.3;

/** The new model and the base layers it reuses (input to Flatten, in order). */
export interface TransferModel { model: tfl.LayersModel; baseLayers: tfl.layers.Layer[] }

/**
 * Builds the transfer model on `cnn`'s base for `classes` symbols (2 or more). Throws when `cnn`
 * has no Flatten layer (not a module-4 style CNN). The new layers get fresh Glorot weights.
 */
export function buildTransferModel(cnn: tfl.LayersModel, classes: number): TransferModel {
  if (!Number.isInteger(classes) || classes < 2) throw new Error(`A head needs at least 2 classes, got ${classes}.`);
  const flattenAt = cnn.layers.findIndex((layer) => layer.getClassName() === 'Flatten');
  if (flattenAt < 0) throw new Error('This model has no Flatten layer, so it has no convolutional base to reuse.');
  const baseLayers = cnn.layers.slice(0, flattenAt + 1).filter((layer) => layer.getClassName() !== 'InputLayer');
  const features = cnn.layers[flattenAt]!.output as tfl.SymbolicTensor;
  const hidden = tfl.layers.dense({ name: 'head_dense', units: HEAD_UNITS, activation: 'relu' }).apply(features);
  const dropped = tfl.layers.dropout({ name: 'head_dropout', rate: HEAD_DROPOUT }).apply(hidden);
  const output = tfl.layers.dense({ name: 'head_output', units: classes, activation: 'softmax' }).apply(dropped) as tfl.SymbolicTensor;
  const model = tfl.model({ name: 'transfer', inputs: cnn.inputs, outputs: output });
  return { model, baseLayers };
}

/**
 * Frees the transfer model and the saved CNN it was built on: the shared base goes with the
 * transfer model, then the CNN's own old head (which the transfer model never used).
 */
export function disposeTransfer(transfer: TransferModel, cnn: tfl.LayersModel): void {
  const used = new Set(transfer.model.layers);
  transfer.model.dispose();
  for (const layer of cnn.layers) {
    if (!used.has(layer) && layer.countParams() > 0) layer.dispose();
  }
}
