/**
 * Everything the worker holds between requests: the data, the model with its optimizer and
 * trainer, and a version counter so cached test predictions are recomputed after any change.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { splitIndices } from '../../mnist/batches.ts';
import type { Mnist } from '../../mnist/loader.ts';
import type { Split } from '../../mnist/shards.ts';
import { scoreSplit, type SplitScore } from '../evaluate.ts';
import { adamFor } from '../host-adam.ts';
import { localStep, Trainer, type Compute } from '../loop.ts';
import type { GradientPool } from '../parallel/pool.ts';
import type { HelperPort } from '../parallel/port.ts';
import type { BaseTrainConfig } from './protocol.ts';
import type { EngineSpec } from './spec.ts';

/** The training worker's state for an island whose config type is `C`. */
export class EngineState<C extends BaseTrainConfig = BaseTrainConfig> {
  data: Mnist | null = null;
  model: tfl.LayersModel | null = null;
  private optimizer: tf.Optimizer | null = null;
  private trainer: Trainer | null = null;
  private trainerSplit = -1;
  private version = 0;
  private testScore: { version: number; score: SplitScore } | null = null;
  training = false;

  /** Helpers that share each batch's gradient work (CPU backends on multi-core devices), if chosen. */
  private pool: GradientPool | null = null;

  /** `spec`: the island's model; `openHelper` starts one gradient helper (a Worker in the browser). */
  constructor(readonly spec: EngineSpec<C>, readonly openHelper: () => HelperPort) {}

  /** Replaces the helper pool (after a backend choice); the old one is shut down. */
  setPool(pool: GradientPool | null): void {
    if (pool !== this.pool) this.pool?.close();
    this.pool = pool;
  }

  get workers(): number {
    return this.pool?.workers ?? 1;
  }

  /** wasm memory held by the helpers (each has a model replica and its share of a batch). */
  get helperHeapBytes(): number {
    return this.pool?.helperHeapBytes ?? 0;
  }

  /** Parallel when helpers run; if they fail (a crashed helper), this worker carries on alone. */
  private readonly compute: Compute = {
    step: (model, optimizer, batch) => this.withPool((pool) => pool.step(model, optimizer, batch), () => localStep(model, optimizer, batch)),
    score: (model, split, indices) => this.withPool((pool) => pool.score(model, split, indices), () => scoreSplit(model, split, indices)),
    workers: () => this.workers,
  };

  private async withPool<T>(parallel: (pool: GradientPool) => Promise<T>, local: () => Promise<T>): Promise<T> {
    const pool = this.pool;
    if (!pool) return local();
    try {
      return await parallel(pool);
    } catch (error) {
      // Pool work fails before any weight update is applied, so redoing it locally is exact.
      console.warn('Training helpers failed; continuing in one worker.', error);
      this.setPool(null);
      return local();
    }
  }

  get requireData(): Mnist {
    if (!this.data) throw new Error('Load the MNIST data first.');
    return this.data;
  }

  get requireModel(): tfl.LayersModel {
    if (!this.model) throw new Error('There is no model yet: build or load one first.');
    return this.model;
  }

  get test(): Split {
    return this.requireData.test;
  }

  /** Replaces the model (fresh from `build`, or loaded from storage) and drops training state. */
  setModel(model: tfl.LayersModel): void {
    this.refuseWhileTraining('replacing the model');
    this.trainer?.stop();
    this.model?.dispose();
    this.optimizer?.dispose();
    this.model = model;
    this.optimizer = null;
    this.trainer = null;
    this.changed();
  }

  /** A fresh model from the island's builder for `config`, replacing the current one. */
  build(config: C): tfl.LayersModel {
    this.setModel(this.spec.buildModel(config));
    return this.model!;
  }

  /** The trainer for the current model and data, kept across runs so Resume continues. */
  trainerFor(config: C): Trainer {
    const model = this.requireModel;
    const train = this.requireData.train;
    if (!(config.validationSplit >= 0 && config.validationSplit < 1)) throw new Error(`Validation split must be in [0, 1), got ${config.validationSplit}.`);
    if (!this.trainer || this.trainerSplit !== config.validationSplit) {
      const { train: trainIdx, validation } = splitIndices(train.count, config.validationSplit);
      this.optimizer ??= this.spec.makeOptimizer?.(config) ?? adamFor(config.learningRate);
      this.trainer = new Trainer(model, this.optimizer, train, trainIdx, validation, this.compute);
      this.trainerSplit = config.validationSplit;
    }
    return this.trainer;
  }

  /** New data (another preset): the trainer's indices no longer fit, the weights still do. */
  dataChanged(): void {
    this.refuseWhileTraining('loading other data');
    this.trainer?.stop();
    this.trainer = null;
    this.changed();
  }

  /** A step awaits its helpers, so other requests can arrive mid-run; these must wait for Stop. */
  private refuseWhileTraining(what: string): void {
    if (this.training) throw new Error(`Stop training before ${what}.`);
  }

  stop(): void {
    this.trainer?.stop();
  }

  changed(): void {
    this.version += 1;
  }

  async scoreTest(): Promise<SplitScore> {
    if (this.testScore?.version === this.version) return this.testScore.score;
    const test = this.test;
    const score = await this.compute.score(this.requireModel, test, Uint32Array.from({ length: test.count }, (_, i) => i));
    this.testScore = { version: this.version, score };
    return score;
  }
}
