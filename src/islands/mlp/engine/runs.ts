/**
 * The MLP island's trainer: the runtime's training loop on a subset of the loaded images
 * (mlpSplit: the first `trainImages`, validated on the same held-out images whatever the size),
 * with the recipe's optimiser. The runtime's EngineState splits by validationSplit only, so this
 * keeps its own Trainer, rebuilt whenever the model, the data or the split changes; a stopped run
 * keeps its Trainer so Resume continues it. (Belongs in the runtime as an EngineSpec split hook.)
 */
import type * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { EngineState } from '../../runtime/training/engine/state.ts';
import { Trainer } from '../../runtime/training/loop.ts';
import type { Mnist } from '../../runtime/mnist/loader.ts';
import { mlpSplit } from '../data/subset.ts';
import { makeOptimizer } from '../model/optimizer.ts';
import type { MlpConfig } from '../protocol';

interface Run { model: tfl.LayersModel; data: Mnist; key: string; optimizer: tf.Optimizer; trainer: Trainer }

/** One per worker: the current run's Trainer and optimiser. */
export class MlpRuns {
  private run: Run | null = null;

  /** The Trainer for `config` on the state's model and data, reused while they are unchanged. */
  trainerFor(state: EngineState<MlpConfig>, config: MlpConfig): Trainer {
    const model = state.requireModel;
    const data = state.requireData;
    const key = `${config.validationSplit}|${config.trainImages}|${config.optimizer}`;
    const run = this.run;
    if (run && run.model === model && run.data === data && run.key === key) return run.trainer;
    if (run && run.model === model) run.optimizer.dispose(); // a replaced model disposed its own state
    const { train, validation } = mlpSplit(data.train.count, config.validationSplit, config.trainImages);
    const optimizer = makeOptimizer(config.optimizer, config.learningRate);
    this.run = { model, data, key, optimizer, trainer: new Trainer(model, optimizer, data.train, train, validation) };
    return this.run.trainer;
  }

  stop(): void {
    this.run?.trainer.stop();
  }
}
