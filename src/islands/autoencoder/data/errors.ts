/**
 * The module's anomaly score: `np.mean((reconstruction - x) ** 2, axis=1)`, one mean squared
 * error per image over its 784 pixels.
 */

/** Pixels per MNIST image. */
export const PIXELS = 784;

/** Per-image mean squared error of `reconstructions` against `inputs` (same length, a whole number of images of `size` values). */
export function reconstructionErrors(inputs: ArrayLike<number>, reconstructions: ArrayLike<number>, size = PIXELS): Float32Array {
  if (inputs.length !== reconstructions.length) throw new RangeError(`${inputs.length} input values but ${reconstructions.length} reconstructed ones.`);
  if (inputs.length % size !== 0) throw new RangeError(`${inputs.length} values are not a whole number of ${size}-pixel images.`);
  const out = new Float32Array(inputs.length / size);
  for (let image = 0; image < out.length; image++) {
    let sum = 0;
    for (let p = image * size; p < (image + 1) * size; p++) sum += (reconstructions[p]! - inputs[p]!) ** 2;
    out[image] = sum / size;
  }
  return out;
}

/** Mean of `values` (NaN for none). */
export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}
