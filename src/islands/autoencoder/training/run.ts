/**
 * A whole lab run in the worker: a fresh model, its error on test digits before training, the
 * denoising fit, then the module's anomaly threshold: the chosen percentile of the reconstruction
 * errors of the held-out normal validation digits (clean inputs), and how many test digits it flags.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Split } from '~/islands/runtime/mnist/shards.ts';
import { meanOf, reconstructionErrors } from '../data/errors.ts';
import { imagesAt, range } from '../data/images.ts';
import { addGaussianNoise } from '../data/noise.ts';
import { flaggedFraction, percentile } from '../data/threshold.ts';
import { buildAutoencoder } from '../model/build.ts';
import { configProblems, VALIDATION_IMAGES, type AeConfig } from './config.ts';
import { fitDenoiser, type EpochRow, type FitListener } from './fit.ts';
import { reconstruct } from './reconstruct.ts';

/** Test digits whose mean error is compared before and after training (clean inputs). */
export const TEST_IMAGES = 1000;

export interface RunResult {
  history: EpochRow[];
  stopped: boolean;
  params: number;
  /** Mean per-image MSE on the first TEST_IMAGES test digits: fresh weights, then trained. */
  untrainedTestError: number;
  testError: number;
  /** Per-image MSE of every validation digit (what the threshold is taken from). */
  validationErrors: Float32Array;
  percentile: number;
  threshold: number;
  /** Fraction of the TEST_IMAGES test digits above the threshold (about 1 - percentile/100 if all is well). */
  flaggedTest: number;
}

async function meanError(model: tfl.LayersModel, pixels: Float32Array): Promise<Float32Array> {
  return reconstructionErrors(pixels, await reconstruct(model, pixels));
}

/** Trains a new model on `train` (the last VALIDATION_IMAGES images validate) and sets the threshold; returns the model too. */
export async function runLab(train: Split, test: Split, config: AeConfig, listener: FitListener, stopped: () => boolean): Promise<{ model: tfl.LayersModel; result: RunResult }> {
  const problems = configProblems(config);
  if (problems.length) throw new RangeError(problems.map(([, m]) => m).join(' '));
  if (train.count < config.trainImages + VALIDATION_IMAGES) throw new RangeError(`Only ${train.count} images are loaded; ${config.trainImages} + ${VALIDATION_IMAGES} are needed.`);
  const clean = imagesAt(train, range(train.count - VALIDATION_IMAGES, VALIDATION_IMAGES));
  const validation = { clean, noisy: addGaussianNoise(clean, config.trainNoise, config.seed + 1) };
  const testPixels = imagesAt(test, range(0, Math.min(TEST_IMAGES, test.count)));
  const model = buildAutoencoder(config.filters, config.seed);
  try {
    const untrainedTestError = meanOf(await meanError(model, testPixels));
    const fit = await fitDenoiser(model, train, config, validation, listener, stopped);
    const validationErrors = await meanError(model, clean);
    const threshold = percentile(validationErrors, config.percentile);
    const testErrors = await meanError(model, testPixels);
    return {
      model,
      result: { ...fit, params: model.countParams(), untrainedTestError, testError: meanOf(testErrors), validationErrors, percentile: config.percentile, threshold, flaggedTest: flaggedFraction(testErrors, threshold) },
    };
  } catch (error) {
    model.dispose();
    throw error;
  }
}
