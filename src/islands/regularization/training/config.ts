/**
 * Settings of the fair A/B run: run A is the plain model, run B the same model, weights, data and
 * data order with the regularizers the learner ticked.
 */
import { MODULE_AUGMENT, augmentProblems, type AugmentSettings } from '../augment/pipeline.ts';

export interface AbConfig {
  /** MNIST training images both runs learn from (small on purpose: a few hundred to ~1,000). */
  trainImages: number;
  /** The next training-split images, used only to validate. */
  validationImages: number;
  epochs: number;
  batchSize: number;
  /** Adam learning rate. */
  learningRate: number;
  /** Seeds the data order and the augmentation draws (same for A and B). */
  seed: number;
  /** Run B's dropout rate before the classifier (0 = none). */
  dropout: number;
  /** Run B's L2 factor on the hidden Dense kernel (0 = none). */
  l2: number;
  /** Run B's augmentation block, or null for none. */
  augment: AugmentSettings | null;
}

/**
 * The default run. At 10 epochs it took 60.6 s from Start in Chromium (bench:islands, wasm, 2 cores,
 * load average 6 falling to 2): A 90.6% / B 86.3% test accuracy, gap 11.2 points (A) vs 3.7 (B).
 * 8 epochs keep it inside the minute with the gap already visible.
 */
export const DEFAULT_AB: AbConfig = {
  trainImages: 600, validationImages: 600, epochs: 8, batchSize: 32, learningRate: 0.002, seed: 42,
  dropout: 0.3, l2: 1e-4, augment: MODULE_AUGMENT,
};

/** Every problem with a config as [field, message]; empty when it can run. */
export function abProblems(c: AbConfig): [string, string][] {
  const out: [string, string][] = [];
  const whole = (field: string, v: number, min: number, max: number, name: string) => {
    if (!Number.isInteger(v) || v < min || v > max) out.push([field, `${name} must be a whole number from ${min} to ${max}.`]);
  };
  whole('trainImages', c.trainImages, 100, 5000, 'Training images');
  whole('validationImages', c.validationImages, 100, 5000, 'Validation images');
  whole('epochs', c.epochs, 1, 100, 'Epochs');
  whole('batchSize', c.batchSize, 1, 512, 'Batch size');
  if (!(c.learningRate > 0 && c.learningRate <= 1)) out.push(['learningRate', 'Learning rate must be above 0 and at most 1.']);
  if (!(c.dropout >= 0 && c.dropout < 1)) out.push(['dropout', 'Dropout rate must be at least 0 and below 1.']);
  if (!(c.l2 >= 0 && c.l2 <= 1)) out.push(['l2', 'L2 factor must be between 0 and 1.']);
  if (c.augment) out.push(...augmentProblems(c.augment));
  return out;
}
