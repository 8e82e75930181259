/**
 * Messages between the CNN island's page code (UI) and its training Web Worker (engine).
 * Training runs in the worker so the page stays responsive; the UI only sends requests
 * and renders events. Every request carries an id; the worker answers it with a `reply`
 * (or an `error` with the same id) and streams progress as events without ids.
 */

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendPreference = BackendName | 'auto';
export type DataPreset = 'quick' | 'full';

export interface TrainConfig {
  /** Epochs over the training split (seed recipe: 5). */
  epochs: number;
  /** Images per gradient step (seed recipe: 64). */
  batchSize: number;
  /** Adam learning rate (Keras default 0.001). */
  learningRate: number;
  /** Dropout rate before the last Dense layer; 0 = the seed's model exactly. */
  dropout: number;
  /** Fraction of the training images held out for validation (seed recipe: 0.2). */
  validationSplit: number;
  /** "full" = all 60,000 training images; "quick" = a subset for a fast first run. */
  preset: DataPreset;
}

export const SEED_RECIPE: TrainConfig = { epochs: 5, batchSize: 64, learningRate: 0.001, dropout: 0, validationSplit: 0.2, preset: 'full' };

export interface SummaryRow { name: string; className: string; outputShape: (number | null)[]; params: number }
export interface BackendTiming { name: BackendName; imagesPerSec: number | null; software: boolean; error?: string }

/** A trained model in TensorFlow.js format, ready to become model.json + weights.bin downloads. */
export interface ModelArtifacts { modelJson: string; weights: ArrayBuffer }

export type Request =
  /** measureAll (optional, for benchmarks): also time software-rendered GPU backends and cpu. */
  | { type: 'init'; backend: BackendPreference; measureAll?: boolean }
  | { type: 'load-data'; preset: DataPreset }
  | { type: 'build'; config: TrainConfig }
  /**
   * Trains the model from `build` (or `load`) from its current weights. Epochs already completed
   * since the last `build` count towards config.epochs, so the UI's Resume after Stop (or after a
   * recoverable error) sends the same `train` again and the run finishes where it left off.
   */
  | { type: 'train'; config: TrainConfig }
  | { type: 'stop' }
  | { type: 'evaluate' }
  | { type: 'predict'; pixels: Float32Array }
  | { type: 'inspect'; pixels: Float32Array }
  | { type: 'test-digit'; index: number }
  | { type: 'test-predictions' }
  | { type: 'save' }
  | { type: 'load' }
  | { type: 'export' }
  | { type: 'memory' };

export interface Replies {
  /** `workers` > 1: each batch's gradients are computed by that many workers in parallel (`parallelNote` says why). */
  init: { backend: BackendName; reason: string; timings: BackendTiming[]; workers: number; parallelNote: string };
  'load-data': { trainCount: number; testCount: number; bytes: number; fromCache: boolean };
  build: { rows: SummaryRow[]; totalParams: number; trainableParams: number };
  train: { completedEpochs: number; stoppedEarly: boolean };
  stop: { acknowledged: true };
  evaluate: { accuracy: number; loss: number; confusion: number[][]; misclassified: { index: number; label: number; predicted: number }[] };
  predict: { probabilities: number[] };
  /** Channel-last like TensorFlow: filters[(y*width+x)*count+k], featureMaps[(y*width+x)*channels+c]. */
  inspect: { filters: { width: number; height: number; count: number; data: Float32Array }; featureMaps: { layer: string; width: number; height: number; channels: number; data: Float32Array }[] };
  'test-digit': { pixels: Float32Array; label: number };
  'test-predictions': { predictions: Uint8Array };
  save: { savedAt: string };
  load: { found: boolean; savedAt?: string };
  export: ModelArtifacts;
  /** This worker's tensors; `wasmHeapBytes` adds up every worker's wasm memory (null off wasm). */
  memory: { numTensors: number; numBytes: number; wasmHeapBytes: number | null };
}

export type Envelope = { id: number; request: Request };

export type Event =
  | { type: 'reply'; id: number; kind: Request['type']; payload: Replies[Request['type']] }
  | { type: 'error'; id: number | null; message: string; recoverable: boolean }
  | { type: 'data-progress'; phase: 'download' | 'decode' | 'cache'; loadedBytes: number; totalBytes: number }
  /** `epoch` and `batch` are 0-based indices (the UI shows them plus one). */
  /** `workers`: how many workers share each batch right now (1 after a helper failure). */
  | { type: 'batch'; epoch: number; batch: number; batchesPerEpoch: number; loss: number; accuracy: number; imagesPerSec: number; etaSeconds: number; workers: number }
  | { type: 'epoch'; epoch: number; loss: number; accuracy: number; valLoss: number; valAccuracy: number; seconds: number };
