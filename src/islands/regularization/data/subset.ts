/**
 * The small-data setting of the A/B run: the first `trainImages` MNIST training images to learn
 * from, the next `validationImages` to validate on, and one seeded shuffle per epoch that BOTH
 * runs use, so the only difference between A and B is the regularization.
 */
import { shuffle } from '~/islands/runtime/mnist/batches.ts';
import { mulberry32 } from '~/lib/shuffle';

/** Index lists into the MNIST training split. */
export interface AbIndices { train: Uint32Array; validation: Uint32Array }

/** Consecutive, disjoint training and validation indices; throws if the split is too small. */
export function abIndices(available: number, trainImages: number, validationImages: number): AbIndices {
  for (const [name, n] of [['Training images', trainImages], ['Validation images', validationImages]] as const) {
    if (!Number.isInteger(n) || n < 10) throw new RangeError(`${name} must be a whole number of at least 10, got ${n}.`);
  }
  if (trainImages + validationImages > available) throw new RangeError(`Only ${available} images are loaded; ${trainImages} + ${validationImages} requested.`);
  const range = (start: number, count: number) => Uint32Array.from({ length: count }, (_, i) => start + i);
  return { train: range(0, trainImages), validation: range(trainImages, validationImages) };
}

/** The order of `indices` in each of `epochs` epochs, the same for every call with the same seed. */
export function epochOrders(indices: Uint32Array, epochs: number, seed: number): Uint32Array[] {
  const random = mulberry32(seed);
  return Array.from({ length: epochs }, () => shuffle(indices.slice(), random));
}
