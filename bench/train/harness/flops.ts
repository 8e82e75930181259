/**
 * Floating-point operations to train one image: a multiply-add is 2 FLOPs; each Conv2D and
 * Dense layer costs its forward product, the same again for dW, and again for dx except in the
 * first layer (nothing needs the input's gradient). Element-wise work (ReLU, pooling, softmax,
 * Adam) is left out: it is under 1% of the total for the seed model.
 */
import type * as tfl from '@tensorflow/tfjs-layers';

/** FLOPs per trained image of a sequential model of Conv2D / Dense / other layers. */
export function trainingFlopsPerImage(model: tfl.LayersModel): number {
  let flops = 0;
  let first = true;
  for (const layer of model.layers) {
    const kernel = layer.getWeights()[0];
    if (!kernel || kernel.rank < 2) continue;
    const out = (layer.outputShape as number[]).slice(1);
    const positions = out.slice(0, -1).reduce((a, b) => a * b, 1); // output pixels (1 for Dense)
    const macs = positions * kernel.size; // each output pixel: one multiply-add per kernel weight
    flops += 2 * macs * (first ? 2 : 3);
    first = false;
  }
  return flops;
}
