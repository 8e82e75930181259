/**
 * Requests every MNIST training worker understands (the base of an island's protocol), and their
 * replies. An island adds its own requests by widening the union and the Replies map:
 *   type Request = TrainingRequest<MyConfig> | { type: 'predict'; pixels: Float32Array };
 *   interface Replies extends TrainingReplies { predict: { probabilities: number[] } }
 */
import type { BackendChoice, BackendPreference } from '../../backend/types.ts';
import type { DataPreset } from '../../mnist/loader.ts';
import type { ModelArtifacts } from '../../persist/persist.ts';
import type { RememberedSetup } from './remembered.ts';

/** The settings every MNIST training run has; an island's config extends it. */
export interface BaseTrainConfig {
  /** Epochs over the training split. */
  epochs: number;
  /** Images per gradient step. */
  batchSize: number;
  /** The optimizer's learning rate (Adam unless the island says otherwise). */
  learningRate: number;
  /** Fraction of the training images held out for validation, in [0, 1). */
  validationSplit: number;
  /** "full" = all 60,000 training images; "quick" = 12,000; a number = that many (1-60,000). */
  preset: DataPreset;
}

/** One layer of a Keras-style model summary; the batch dimension of `outputShape` is null. */
export interface SummaryRow { name: string; className: string; outputShape: (number | null)[]; params: number }

/** The base requests, for an island whose config type is `C`. */
export type TrainingRequest<C extends BaseTrainConfig> =
  /**
   * measureAll (optional, for benchmarks): also time software-rendered GPU backends and cpu.
   * remembered (optional): an earlier reply's choice, used untimed under 'auto' on the same device.
   */
  | { type: 'init'; backend: BackendPreference; measureAll?: boolean; remembered?: RememberedSetup }
  | { type: 'load-data'; preset: DataPreset }
  | { type: 'build'; config: C }
  /**
   * Trains the model from `build` (or `load`) from its current weights. Epochs already completed
   * since the last `build` count towards config.epochs, so Resume after Stop (or after a
   * recoverable error) sends the same `train` again and the run finishes where it left off.
   */
  | { type: 'train'; config: C }
  | { type: 'stop' }
  | { type: 'evaluate' }
  | { type: 'save' }
  | { type: 'load' }
  | { type: 'export' }
  | { type: 'memory' };

/** The reply payload of each base request. */
export interface TrainingReplies {
  /**
   * `workers` > 1: each batch's gradients are computed by that many workers in parallel (`parallelNote` says why).
   * `device`: this device's key (remembered.ts); `fromMemory`: the choice was remembered, not timed.
   */
  init: BackendChoice & { workers: number; parallelNote: string; device: string; fromMemory: boolean };
  'load-data': { trainCount: number; testCount: number; bytes: number; fromCache: boolean };
  build: { rows: SummaryRow[]; totalParams: number; trainableParams: number };
  train: { completedEpochs: number; stoppedEarly: boolean };
  stop: { acknowledged: true };
  /** On the test split: mean loss, accuracy (0-1), confusion[label][predicted], every mistake. */
  evaluate: { accuracy: number; loss: number; confusion: number[][]; misclassified: { index: number; label: number; predicted: number }[] };
  save: { savedAt: string };
  load: { found: boolean; savedAt?: string };
  export: ModelArtifacts;
  /** This worker's tensors; `wasmHeapBytes` adds up every worker's wasm memory (null off wasm). */
  memory: { numTensors: number; numBytes: number; wasmHeapBytes: number | null };
}
