/**
 * What an island tells the MNIST training engine about itself: everything else (data, backend
 * choice, the loop, parallel helpers, evaluation, saving) is the runtime's.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { BaseTrainConfig } from './protocol.ts';

export interface EngineSpec<C extends BaseTrainConfig> {
  /**
   * A fresh, uncompiled model for `config`: input [n, 28, 28, 1] (pixels scaled to [0, 1]),
   * output [n, 10] softmax probabilities. Throws a readable Error for a bad setting.
   */
  buildModel(config: C): tfl.LayersModel;
  /** The island's default run: the backend and parallel-helper probes time buildModel(defaults). */
  defaults: C;
  /** Where `save`/`load` keep the model, e.g. 'indexeddb://tfk-cnn-mnist'. */
  modelUrl: string;
  /** Extra checks of the island's own config fields; throw an Error naming the problem. */
  checkConfig?(config: C): void;
  /** The optimizer for a new model (default: Adam at config.learningRate, host-adam.ts on wasm and cpu). */
  makeOptimizer?(config: C): tf.Optimizer;
}
