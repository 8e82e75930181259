/**
 * The training loop: shuffled epochs over the uint8 training split, one device batch at a time.
 * Loss/accuracy stay on the device and are read back at most ~10 times a second (each read is
 * a sync point), which is also when the loop yields so Stop can arrive. A stopped run keeps its
 * place: the next `run` finishes the interrupted epoch and the remaining epochs.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { BatchBuilder, shuffle, toTensors, type HostBatch } from '../mnist/batches.ts';
import type { Split } from '../mnist/shards.ts';
import type { BatchEvent, EpochEvent } from './events.ts';
import type { BaseTrainConfig } from './engine/protocol.ts';
import { scoreSplit } from './evaluate.ts';
import { setLearningRate, trainStep, type StepResult } from './step.ts';

export const REPORT_INTERVAL_MS = 100;
export interface LoopListener { batch(event: BatchEvent): void; epoch(event: EpochEvent): void }

/** Runs one optimiser step on a host batch: locally by default, or split across helpers (parallel/pool.ts). */
export type Stepper = (model: tfl.LayersModel, optimizer: tf.Optimizer, batch: HostBatch) => Promise<StepResult>;
/** Where the arithmetic runs: training steps and validation scoring, on `workers()` workers. */
export interface Compute { step: Stepper; score: typeof scoreSplit; workers(): number }

export const localStep: Stepper = async (model, optimizer, batch) => {
  const { x, y } = toTensors(batch);
  try {
    return trainStep(model, optimizer, x, y);
  } finally {
    tf.dispose([x, y]);
  }
};

export const localCompute: Compute = { step: localStep, score: scoreSplit, workers: () => 1 };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Trainer {
  epochsDone = 0;
  private target: number | null = null;
  private order: Uint32Array | null = null;
  private nextImage = 0;
  private epochSeconds = 0;
  private sums = { loss: 0, correct: 0, seen: 0 };
  private stopRequested = false;

  constructor(
    private readonly model: tfl.LayersModel,
    private readonly optimizer: tf.Optimizer,
    private readonly train: Split,
    private readonly trainIndices: Uint32Array,
    private readonly validationIndices: Uint32Array,
    private readonly compute: Compute = localCompute,
  ) {}

  stop(): void {
    this.stopRequested = true;
  }

  async run(config: BaseTrainConfig, listener: LoopListener): Promise<{ completedEpochs: number; stoppedEarly: boolean }> {
    this.stopRequested = false;
    setLearningRate(this.optimizer, config.learningRate);
    if (this.target === null || this.epochsDone >= this.target) this.target = this.epochsDone + config.epochs;
    const batchSize = config.batchSize;
    const builder = new BatchBuilder(this.train, batchSize);
    const perEpoch = this.trainIndices.length;
    const batchesPerEpoch = Math.ceil(perEpoch / batchSize);
    const runStart = performance.now();
    let runImages = 0;

    while (this.epochsDone < this.target) {
      if (!this.order) this.startEpoch();
      let pending: { loss: tf.Scalar; correct: tf.Scalar; count: number }[] = [];
      let windowStart = performance.now();
      let windowImages = 0;
      while (this.nextImage < perEpoch) {
        if (this.stopRequested) {
          await this.flush(pending);
          return { completedEpochs: this.epochsDone, stoppedEarly: true };
        }
        const t0 = performance.now();
        const end = Math.min(perEpoch, this.nextImage + batchSize);
        const batch = builder.gather(this.order!, this.nextImage, end);
        const { loss, correct } = await this.compute.step(this.model, this.optimizer, batch);
        pending.push({ loss, correct, count: batch.count });
        this.nextImage = end;
        windowImages += batch.count;
        runImages += batch.count;
        const now = performance.now();
        this.epochSeconds += (now - t0) / 1000;
        if (now - windowStart >= REPORT_INTERVAL_MS || this.nextImage >= perEpoch) {
          await this.flush(pending);
          pending = [];
          const flushedAt = performance.now();
          this.epochSeconds += (flushedAt - now) / 1000;
          const rate = runImages / ((flushedAt - runStart) / 1000);
          const remaining = (this.target - this.epochsDone) * perEpoch - this.nextImage;
          listener.batch({
            type: 'batch', epoch: this.epochsDone, batch: Math.ceil(this.nextImage / batchSize) - 1, batchesPerEpoch,
            loss: this.sums.loss / this.sums.seen, accuracy: this.sums.correct / this.sums.seen,
            imagesPerSec: windowImages / ((flushedAt - windowStart) / 1000), etaSeconds: remaining / rate, workers: this.compute.workers(),
          });
          windowStart = performance.now();
          windowImages = 0;
          await nextTask();
        }
      }
      const valStart = performance.now();
      const validation = this.validationIndices.length > 0 ? await this.compute.score(this.model, this.train, this.validationIndices) : { loss: NaN, accuracy: NaN };
      this.epochSeconds += (performance.now() - valStart) / 1000;
      listener.epoch({
        type: 'epoch', epoch: this.epochsDone, loss: this.sums.loss / this.sums.seen, accuracy: this.sums.correct / this.sums.seen,
        valLoss: validation.loss, valAccuracy: validation.accuracy, seconds: this.epochSeconds,
      });
      this.epochsDone += 1;
      this.order = null;
      await nextTask();
    }
    return { completedEpochs: this.epochsDone, stoppedEarly: false };
  }

  private startEpoch(): void {
    this.order = shuffle(this.trainIndices.slice());
    this.nextImage = 0;
    this.epochSeconds = 0;
    this.sums = { loss: 0, correct: 0, seen: 0 };
  }

  /** Reads the queued device scalars in one go and frees them. */
  private async flush(pending: { loss: tf.Scalar; correct: tf.Scalar; count: number }[]): Promise<void> {
    if (pending.length === 0) return;
    const packed = tf.tidy(() => tf.stack(pending.flatMap((p) => [tf.mul(p.loss, p.count), p.correct])));
    const values = await packed.data();
    tf.dispose([packed, ...pending.flatMap((p) => [p.loss, p.correct])]);
    pending.forEach((p, i) => {
      this.sums.loss += values[2 * i]!;
      this.sums.correct += values[2 * i + 1]!;
      this.sums.seen += p.count;
    });
  }
}
