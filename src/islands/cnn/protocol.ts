/**
 * Module 4's worker protocol: the runtime's MNIST training requests (init, load-data, build,
 * train, stop, evaluate, save, load, export, memory) plus this island's own: a drawing's
 * probabilities, a look inside the convolutions, and test digits for the gallery and leaderboard.
 */
import type { BaseTrainConfig, TrainingReplies, TrainingRequest } from '../runtime/training/engine/protocol';
import type { TrainingEvent } from '../runtime/training/events';

export type { BackendName, BackendPreference } from '../runtime/backend/types';
export type { ModelArtifacts } from '../runtime/persist/persist';

/** The presets this island's form offers. */
export type DataPreset = 'quick' | 'full';

export interface TrainConfig extends BaseTrainConfig {
  /** Dropout rate before the last Dense layer; 0 = the seed's model exactly. */
  dropout: number;
  preset: DataPreset;
}

/** The seed's recipe: 5 epochs, batch 64, Adam 0.001, 20% validation, all 60,000 images. */
export const SEED_RECIPE: TrainConfig = { epochs: 5, batchSize: 64, learningRate: 0.001, dropout: 0, validationSplit: 0.2, preset: 'full' };

export type Request =
  | TrainingRequest<TrainConfig>
  | { type: 'predict'; pixels: Float32Array }
  | { type: 'inspect'; pixels: Float32Array }
  | { type: 'test-digit'; index: number }
  | { type: 'test-predictions' };

export interface Replies extends TrainingReplies {
  predict: { probabilities: number[] };
  /** Channel-last like TensorFlow: filters[(y*width+x)*count+k], featureMaps[(y*width+x)*channels+c]. */
  inspect: { filters: { width: number; height: number; count: number; data: Float32Array }; featureMaps: { layer: string; width: number; height: number; channels: number; data: Float32Array }[] };
  /** A test image (784 floats in [0, 1]) and its label. */
  'test-digit': { pixels: Float32Array; label: number };
  /** The predicted class of each of the 10,000 test images, in order. */
  'test-predictions': { predictions: Uint8Array };
}

export type Event = TrainingEvent;
