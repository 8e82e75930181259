/** Module 4's model for the runtime's training engine: the seed CNN, saved in this browser under its own URL. */
import type { EngineSpec } from '../../runtime/training/engine/spec.ts';
import { buildCnn } from '../model/build.ts';
import { SEED_RECIPE, type TrainConfig } from '../protocol';

export const MODEL_URL = 'indexeddb://tfk-cnn-mnist';

export const cnnSpec: EngineSpec<TrainConfig> = {
  buildModel: (config) => buildCnn(config.dropout),
  defaults: SEED_RECIPE,
  modelUrl: MODEL_URL,
};
