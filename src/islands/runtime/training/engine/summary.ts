/** A LayersModel described like Keras 3's model.summary(): one row per layer, and parameter counts. */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { SummaryRow } from './protocol.ts';

/** One row per layer (the input layer is not a row, as in Keras 3's summary). */
export function summaryRows(model: tfl.LayersModel): SummaryRow[] {
  return model.layers.filter((layer) => layer.getClassName() !== 'InputLayer').map((layer) => ({
    name: layer.name,
    className: layer.getClassName(),
    outputShape: (layer.outputShape as (number | null)[]).slice(),
    params: layer.countParams(),
  }));
}

/** All weights (totalParams) and the trainable ones, counted in scalars. */
export function paramCounts(model: tfl.LayersModel): { totalParams: number; trainableParams: number } {
  const count = (weights: tfl.LayerVariable[]) => weights.reduce((sum, w) => sum + (w.shape as number[]).reduce((a, b) => a * b, 1), 0);
  return { totalParams: model.countParams(), trainableParams: count(model.trainableWeights) };
}
