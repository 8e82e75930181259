/**
 * Settings of one training run, their defaults and their limits. The module trains on 60,000
 * images for 10 epochs at batch 128 with noise 0.4; the lab keeps the noise, the loss (binary
 * cross-entropy), Adam and the 99th-percentile rule, and shrinks the data, the epochs and the batch.
 */
import { LAB_SHAPE, type AutoencoderShape } from '../model/build.ts';
import { MAX_NOISE_STD, MODULE_NOISE_STD } from '../data/noise.ts';
import { MODULE_PERCENTILE } from '../data/threshold.ts';

export interface AeConfig {
  /** The first this many MNIST training images are learned from. */
  trainImages: number;
  epochs: number;
  batchSize: number;
  /** Adam's learning rate. */
  learningRate: number;
  /** Standard deviation of the Gaussian noise added to training (and validation) inputs; targets stay clean. */
  trainNoise: number;
  /** The threshold is this percentile of the errors on the held-out normal validation digits. */
  percentile: number;
  filters: AutoencoderShape;
  /** Seeds the weights, the data order and the noise. */
  seed: number;
}

/** Held-out normal digits: the last 2,000 of the 12,000 loaded training images, never trained on. */
export const VALIDATION_IMAGES = 2000;
/** Training images the lab may use: what the quick MNIST preset loads, minus the validation digits. */
export const MAX_TRAIN_IMAGES = 10_000;

/**
 * The default run: 6,000 images, 2 epochs, batch 32 (Keras's default batch size), Adam at 0.002.
 * Measured in Node on wasm (load average ~10 on 2 cores), mean test error of fresh weights 0.233:
 * batch 32 / lr 0.002 reached 0.014 in 32 s, batch 64 / 0.005 0.016, batch 32 / 0.005 0.024,
 * batch 128 / 0.01 0.039; the module's batch 128 at 0.002 over 3 epochs only 0.037 (in Chromium).
 * At ~190 steps a run, larger batches leave the model near its "grey average digit" plateau.
 */
export const DEFAULT_CONFIG: AeConfig = {
  trainImages: 6000, epochs: 2, batchSize: 32, learningRate: 0.002, trainNoise: MODULE_NOISE_STD,
  percentile: MODULE_PERCENTILE, filters: LAB_SHAPE, seed: 42,
};

/** Limits the form and the worker both check. */
export const LIMITS = {
  trainImages: { min: 500, max: MAX_TRAIN_IMAGES },
  epochs: { min: 1, max: 20 },
  trainNoise: { min: 0, max: MAX_NOISE_STD },
  percentile: { min: 50, max: 99.9 },
} as const;

/** Every problem with `c` as [field, message]; empty when it can run. */
export function configProblems(c: AeConfig): [keyof AeConfig, string][] {
  const out: [keyof AeConfig, string][] = [];
  const whole = (field: 'trainImages' | 'epochs', name: string) => {
    const { min, max } = LIMITS[field];
    if (!Number.isInteger(c[field]) || c[field] < min || c[field] > max) out.push([field, `${name} must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`]);
  };
  whole('trainImages', 'Training images');
  whole('epochs', 'Epochs');
  if (!(c.trainNoise >= LIMITS.trainNoise.min && c.trainNoise <= LIMITS.trainNoise.max)) out.push(['trainNoise', `Training noise must be from 0 to ${MAX_NOISE_STD} (a standard deviation).`]);
  if (!(c.percentile >= LIMITS.percentile.min && c.percentile <= LIMITS.percentile.max)) out.push(['percentile', `The percentile must be from ${LIMITS.percentile.min} to ${LIMITS.percentile.max}.`]);
  if (!Number.isInteger(c.batchSize) || c.batchSize < 1 || c.batchSize > 1024) out.push(['batchSize', 'Batch size must be a whole number from 1 to 1,024.']);
  if (!(c.learningRate > 0 && c.learningRate <= 1)) out.push(['learningRate', 'Learning rate must be above 0 and at most 1.']);
  return out;
}
