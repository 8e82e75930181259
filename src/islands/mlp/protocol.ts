/**
 * The MLP island's worker protocol: the runtime's MNIST training requests, with an MLP recipe as
 * the config, plus one request of its own: score module 4's saved CNN on the same test images.
 */
import type { BaseTrainConfig, TrainingReplies, TrainingRequest } from '../runtime/training/engine/protocol';
import type { TrainingEvent } from '../runtime/training/events';
import type { MlpRecipe } from './model/recipe';

/** A run's recipe plus which training images to load (the runtime's data presets). */
export type MlpConfig = MlpRecipe & BaseTrainConfig;

export type Request =
  | TrainingRequest<MlpConfig>
  /** Loads module 4's CNN saved in this browser, if any, and scores it on the 10,000 test images. */
  | { type: 'evaluate-saved-cnn' };

export interface Replies extends TrainingReplies {
  /** found=false when nothing is saved at the URL; accuracy (0-1) and mean loss on the test split. */
  'evaluate-saved-cnn': { found: false } | { found: true; accuracy: number; loss: number; totalParams: number; savedAt: string };
}

export type Event = TrainingEvent;
