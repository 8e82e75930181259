/**
 * What each phase of one custom-loop step reports to the page: plain numbers, no tensors,
 * so the view never has to dispose anything.
 */
import type { MetricResults } from './metrics.ts';

/** The three phases in the order the listing runs them. */
export type Phase = 'forward' | 'gradients' | 'apply';

/** Phase 1: the batch that went in and the loss that came out. */
export interface ForwardResult {
  step: number;
  epoch: number;
  batchNumber: number;
  batchSize: number;
  /** Host copies for drawing the batch: batchSize*784 pixel bytes and the labels. */
  pixels: Uint8Array;
  labels: Int32Array;
  /** The model's arg-max prediction per image (dropout active, as in training). */
  predictions: number[];
  /** Mean cross-entropy of this batch. */
  loss: number;
}

/** One row per trainable variable. */
export interface VariableRow { name: string; shape: number[]; norm: number }

/** Phase 2: `tape.gradient(loss, model.trainable_variables)`. */
export interface GradientsResult {
  /** The loss as recomputed under the tape (same batch, same dropout mask: equals phase 1's). */
  tapeLoss: number;
  /** L2 norm of each variable's gradient. */
  rows: VariableRow[];
  /** L2 norm of all gradients together (what clip_by_global_norm compares with its limit). */
  globalNorm: number;
}

/** Phase 3: `optimizer.apply_gradients(...)` then the metrics' `update_state`. */
export interface ApplyResult {
  step: number;
  learningRate: number;
  /** The loss of the batch this step trained on (phase 1's). */
  batchLoss: number;
  /** L2 norm of each variable's change (new value minus old). */
  rows: VariableRow[];
  metrics: MetricResults;
}
