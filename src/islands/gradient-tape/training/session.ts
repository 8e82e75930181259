/**
 * One custom training loop, run a phase at a time: forward pass + loss, gradients, update +
 * metrics, exactly the order of the module's `train_step`. Owns the model's Adam optimizer
 * (created once, as the module insists) and the tensors that live between phases.
 */
import * as tf from '@tensorflow/tfjs-core';
// tf.variableGrads needs every op's gradient registered (the tfjs-core entry point does not).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type * as tfl from '@tensorflow/tfjs-layers';
import { correctCount, logitsOf, lossOf } from '../model/forward.ts';
import { l2Norm, trainableVariables, type TrainableVariable } from '../model/variables.ts';
import type { LabBatch } from '../data/batches.ts';
import { TrainMetrics } from './metrics.ts';
import type { ApplyResult, ForwardResult, GradientsResult, Phase } from './results.ts';

/** Anything that hands out batches (the MNIST subset, or one fixed batch in tests). */
export interface BatchSource { next(): LabBatch }

interface Pending { batch: LabBatch; logits: tf.Tensor2D; loss: number; grads?: tf.NamedTensorMap }

/** Dropout mask seed of a step: the same in phase 1 and in the tape's replay, new every step. */
export const dropoutSeedFor = (seed: number, step: number): number => seed * 100_003 + step;

/** A model, its optimizer and metrics, stepping through `train_step` phase by phase. */
export class StepSession {
  readonly variables: TrainableVariable[];
  readonly metrics = new TrainMetrics();
  private readonly optimizer: tf.Optimizer;
  private pending: Pending | null = null;
  /** Steps completed (apply_gradients calls). */
  step = 0;

  constructor(private readonly model: tfl.LayersModel, private readonly batches: BatchSource, readonly learningRate: number, private readonly seed: number) {
    if (!(learningRate > 0 && learningRate <= 1)) throw new Error(`The learning rate must be above 0 and at most 1, got ${learningRate}.`);
    this.variables = trainableVariables(model);
    this.optimizer = tf.train.adam(learningRate);
  }

  /** The phase the next call must run. */
  get nextPhase(): Phase {
    return !this.pending ? 'forward' : this.pending.grads ? 'apply' : 'gradients';
  }

  private get dropoutSeed(): number {
    return dropoutSeedFor(this.seed, this.step);
  }

  private expect(phase: Phase): Pending | null {
    if (this.nextPhase !== phase) throw new Error(`The next phase is ${this.nextPhase}, not ${phase}.`);
    return this.pending;
  }

  /** Phase 1: takes the next batch and runs `logits = model(x, training=True)`, `loss = loss_fn(y, logits)`. */
  forward(): ForwardResult {
    this.expect('forward');
    const batch = this.batches.next();
    const logits = logitsOf(this.model, batch.x, this.dropoutSeed);
    const loss = tf.tidy(() => lossOf(batch.y, logits).dataSync()[0]!);
    const predictions = tf.tidy(() => Array.from(tf.argMax(logits, 1).dataSync()));
    this.pending = { batch, logits, loss };
    const { pixels, labels, epoch, number } = batch;
    return { step: this.step + 1, epoch, batchNumber: number, batchSize: labels.length, pixels, labels, predictions, loss };
  }

  /** Phase 2: `grads = tape.gradient(loss, model.trainable_variables)` via tf.variableGrads. */
  gradients(): GradientsResult {
    const pending = this.expect('gradients')!;
    const { x, y } = pending.batch;
    const { value, grads } = tf.variableGrads(() => lossOf(y, logitsOf(this.model, x, this.dropoutSeed)), this.variables.map((v) => v.variable));
    const tapeLoss = value.dataSync()[0]!;
    value.dispose();
    pending.grads = grads;
    const norms = this.variables.map((v) => l2Norm(grads[v.variable.name]!.dataSync()));
    return { tapeLoss, rows: this.variables.map((v, i) => ({ name: v.name, shape: v.shape, norm: norms[i]! })), globalNorm: Math.hypot(...norms) };
  }

  /** Phase 3: `optimizer.apply_gradients(...)`, then `train_loss` and `train_acc` update. */
  apply(): ApplyResult {
    const pending = this.expect('apply')!;
    const before = this.variables.map((v) => tf.clone(v.variable));
    this.optimizer.applyGradients(pending.grads!);
    const rows = this.variables.map((v, i) => ({ name: v.name, shape: v.shape, norm: tf.tidy(() => l2Norm(tf.sub(v.variable, before[i]!).dataSync())) }));
    this.metrics.updateLoss(pending.loss);
    this.metrics.updateAccuracy(correctCount(pending.batch.y, pending.logits), pending.batch.labels.length);
    tf.dispose([...before, pending.logits, pending.batch.x, pending.batch.y, ...Object.values(pending.grads!)]);
    this.pending = null;
    this.step++;
    return { step: this.step, learningRate: this.learningRate, batchLoss: pending.loss, rows, metrics: this.metrics.result() };
  }

  /** Frees the optimizer's slots, the model and any tensors kept between phases. */
  dispose(): void {
    if (this.pending) tf.dispose([this.pending.logits, this.pending.batch.x, this.pending.batch.y, ...Object.values(this.pending.grads ?? {})]);
    this.pending = null;
    this.optimizer.dispose();
    this.model.dispose();
  }
}
