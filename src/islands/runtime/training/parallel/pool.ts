/**
 * Data-parallel training steps: each batch is split into one part per core; helpers compute
 * their parts' gradients while this worker computes its own, then the count-weighted mean is
 * applied once by this worker's optimizer. Same batch size, same update, about N times the
 * arithmetic per second on N otherwise idle cores (wasm runs single-threaded per worker here).
 * Validation and test scoring are split the same way.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { BatchBuilder, toTensors, type HostBatch } from '../../mnist/batches.ts';
import type { Split } from '../../mnist/shards.ts';
import type { BackendName } from '../../backend/types.ts';
import { scoreSplit, type SplitScore } from '../evaluate.ts';
import { floatsOf } from '../../backend/heap.ts';
import { combineGradients, packValues, partGradients, unpackValues, viewsOf } from '../gradients.ts';
import { HostAdam } from '../host-adam.ts';
import { trainableVariables, type StepResult } from '../step.ts';
import { balancedCounts, capHelperCounts, messageOverhead, sharedNow, updateCost, type WorkerCost } from './balance.ts';
import type { HelperPort } from './port.ts';

/** Splits `count` images into `parts` contiguous ranges whose sizes differ by at most one. */
export function splitRanges(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(parts, count));
  return Array.from({ length: n }, (_, i) => [Math.floor((i * count) / n), Math.floor(((i + 1) * count) / n)]);
}

const slice = (batch: HostBatch, [start, end]: [number, number]) => ({ pixels: batch.pixels.slice(start * 784, end * 784), labels: batch.labels.slice(start, end) });

/** Contiguous [start, end) ranges for consecutive part sizes. */
export function rangesOf(counts: number[]): [number, number][] {
  let at = 0;
  return counts.map((c) => [at, (at += c)]);
}

/**
 * Applies the count-weighted mean of the parts' gradients (this worker's as tensors, the helpers'
 * packed): in one pass on HostAdam, else as tensors through the optimizer's applyGradients.
 */
function applyCombined(optimizer: tf.Optimizer, variables: tf.Variable[], grads: (tf.Tensor[] | Float32Array)[], counts: number[]): void {
  const total = counts.reduce((a, b) => a + b, 0);
  if (optimizer instanceof HostAdam) {
    const views = grads.map((g) => (g instanceof Float32Array ? viewsOf(g, variables) : g.map(floatsOf)));
    optimizer.applyCombined(variables, views.map((part, k) => ({ grads: part, weight: counts[k]! / total })));
    return;
  }
  const unpacked = grads.map((g) => (g instanceof Float32Array ? unpackValues(g, variables) : g));
  try {
    const combined = combineGradients(unpacked.map((part, k) => ({ grads: part, count: counts[k]! })));
    optimizer.applyGradients(Object.fromEntries(variables.map((v, i) => [v.name, combined[i]!])));
    tf.dispose(combined);
  } finally {
    tf.dispose(unpacked.filter((_, k) => grads[k] instanceof Float32Array).flat());
  }
}

export class GradientPool {
  private readyFor: tfl.LayersModel | null = null;
  /** Learned cost of each worker (index 0 = this one); null until it has done a step. */
  private costs: (WorkerCost | null)[];
  /** Per helper, the buffer its last gradients came back in: its next step's weights go in it. */
  private buffers: (Float32Array | null)[];
  /** Each helper's wasm memory as last reported (it only grows). */
  private helperHeaps = new Map<number, number>();

  constructor(private readonly backend: BackendName, private readonly ports: HelperPort[]) {
    this.costs = new Array<WorkerCost | null>(ports.length + 1).fill(null);
    this.buffers = new Array<Float32Array | null>(ports.length).fill(null);
  }

  /**
   * Equal parts until every worker has been timed, then parts sized to finish together, with no
   * helper above an equal share (capHelperCounts: its memory stays what the first steps needed).
   */
  private partsFor(count: number): [number, number][] {
    const known = this.costs.every((c) => c !== null);
    return known ? rangesOf(capHelperCounts(balancedCounts(count, this.costs as WorkerCost[]))) : splitRanges(count, this.workers);
  }

  /** The helpers' wasm memory in bytes, summed; 0 before their first step or off wasm. */
  get helperHeapBytes(): number {
    return [...this.helperHeaps.values()].reduce((a, b) => a + b, 0);
  }

  get workers(): number {
    return this.ports.length + 1;
  }

  close(): void {
    for (const port of this.ports) port.close();
  }

  /** One optimiser step on `batch`, identical in effect to a local step on the whole batch. */
  async step(model: tfl.LayersModel, optimizer: tf.Optimizer, batch: HostBatch): Promise<StepResult> {
    const [[, mine], ...theirs] = this.partsFor(batch.count) as [[0, number], ...[number, number][]];
    await this.prepare(model);
    const sentAt = sharedNow();
    const remote = theirs.map((range, i) => {
      const part = slice(batch, range);
      const weights = packValues(model.weights.map((w) => w.read()), this.buffers[i]);
      this.buffers[i] = null; // transferred
      return this.ports[i]!.send({ type: 'step', weights, ...part }, [weights.buffer, part.pixels.buffer, part.labels.buffer]).then((reply) => ({ reply, handledAt: sharedNow() }));
    });
    const { x, y } = toTensors({ count: mine, pixels: batch.pixels.subarray(0, mine * 784), labels: batch.labels.subarray(0, mine) });
    const local = partGradients(model, x, y);
    tf.dispose([x, y]);
    const parts = [{ count: mine, loss: local.loss.dataSync()[0]!, correct: local.correct.dataSync()[0]! }];
    tf.dispose([local.loss, local.correct]);
    const freeAt = sharedNow();
    this.costs[0] = updateCost(this.costs[0] ?? null, mine, freeAt - sentAt, 0);
    const variables = trainableVariables(model);
    try {
      const packed = (await Promise.all(remote)).map(({ reply, handledAt }, i) => {
        if (reply.type !== 'grads') throw new Error(`A training helper answered ${reply.type} to a step.`);
        const count = theirs[i]![1] - theirs[i]![0];
        const overhead = messageOverhead({ sentAt, helperMs: reply.computeMs, repliedAt: reply.repliedAt, handledAt, freeAt });
        this.costs[i + 1] = updateCost(this.costs[i + 1] ?? null, count, reply.computeMs, overhead);
        if (reply.heapBytes !== null) this.helperHeaps.set(i, reply.heapBytes);
        parts.push({ count, loss: reply.loss, correct: reply.correct });
        this.buffers[i] = reply.grads; // read below, before the next step sends it out again
        return reply.grads;
      });
      applyCombined(optimizer, variables, [local.grads, ...packed], parts.map((p) => p.count));
    } finally {
      tf.dispose(local.grads);
    }
    const loss = parts.reduce((sum, p) => sum + p.loss * p.count, 0) / batch.count;
    return { loss: tf.scalar(loss), correct: tf.scalar(parts.reduce((sum, p) => sum + p.correct, 0)) };
  }

  /** Inference over `indices` of `split`, one contiguous share per worker; same result as scoreSplit. */
  async score(model: tfl.LayersModel, split: Split, indices: ArrayLike<number>): Promise<SplitScore> {
    const [[, mine], ...theirs] = splitRanges(indices.length, this.workers) as [[0, number], ...[number, number][]];
    await this.prepare(model);
    const weights = packValues(model.weights.map((w) => w.read()));
    const remote = theirs.map(([start, end], i) => {
      const part = new BatchBuilder(split, end - start).gather(indices, start, end);
      return this.ports[i]!.send({ type: 'score', weights, pixels: part.pixels, labels: part.labels }, this.movable(weights, part));
    });
    const local = await scoreSplit(model, split, Array.prototype.slice.call(indices, 0, mine) as number[]);
    const parts = [{ ...local, count: mine }];
    (await Promise.all(remote)).forEach((reply, i) => {
      if (reply.type !== 'scored') throw new Error(`A training helper answered ${reply.type} to scoring.`);
      parts.push({ ...reply, count: theirs[i]![1] - theirs[i]![0] });
    });
    const n = Math.max(1, indices.length);
    const predicted = new Uint8Array(indices.length);
    parts.reduce((at, p) => { predicted.set(p.predicted, at); return at + p.count; }, 0);
    return { loss: parts.reduce((s, p) => s + p.loss * p.count, 0) / n, accuracy: parts.reduce((s, p) => s + p.accuracy * p.count, 0) / n, predicted };
  }

  /**
   * What a request to a helper can transfer instead of copy: its part's own buffers, and the
   * packed weights when only one helper needs them (a transferred buffer is gone for the others).
   */
  private movable(weights: Float32Array, part: { pixels: Uint8Array; labels: Int32Array | Uint8Array }): Transferable[] {
    return [part.pixels.buffer, part.labels.buffer, ...(this.ports.length === 1 ? [weights.buffer] : [])];
  }

  /** Sends the model's architecture to the helpers once per model. */
  private async prepare(model: tfl.LayersModel): Promise<void> {
    if (this.readyFor === model) return;
    const topology = JSON.stringify(model.toJSON(null, false));
    await Promise.all(this.ports.map((p) => p.send({ type: 'init', backend: this.backend, topology })));
    this.readyFor = model;
  }
}
