/**
 * Which loaded training images a run trains and validates on. The validation images are the last
 * `validationSplit` of what was loaded (Keras's validation_split), fixed whatever the training-set
 * size, so runs with 250 and 48,000 training images are judged on the same images; the training
 * images are the first `trainImages` of the rest.
 */
import { splitIndices } from '../../runtime/mnist/batches.ts';

/** Image indices into the loaded training split. */
export interface MlpSplit { train: Uint32Array; validation: Uint32Array }

/** Throws (naming the numbers) when fewer than `trainImages` remain after the split; Infinity = all of them. */
export function mlpSplit(loadedImages: number, validationSplit: number, trainImages: number): MlpSplit {
  if (!(validationSplit > 0 && validationSplit < 1)) throw new Error(`Validation split must be between 0 and 1, got ${validationSplit}.`);
  const { train, validation } = splitIndices(loadedImages, validationSplit);
  if (trainImages === Infinity) return { train, validation };
  if (!Number.isInteger(trainImages) || trainImages < 1) throw new Error(`Training images must be a whole number of at least 1, got ${trainImages}.`);
  if (trainImages > train.length) throw new Error(`Only ${train.length.toLocaleString('en-US')} training images remain after the validation split; ${trainImages.toLocaleString('en-US')} were asked for.`);
  return { train: train.subarray(0, trainImages), validation };
}
