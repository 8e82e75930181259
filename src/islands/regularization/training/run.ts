/**
 * One of the two runs: a model, its Adam optimizer and its regularizers. Training adds the L2
 * penalty to the cross-entropy and augments each batch (if asked) before the forward pass, as
 * `model.fit` on an augmented tf.data pipeline would; scoring runs in inference mode (no dropout,
 * no augmentation) and, like Keras, includes the L2 penalty in the reported loss.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { BatchBuilder, toTensors } from '~/islands/runtime/mnist/batches.ts';
import type { Split } from '~/islands/runtime/mnist/shards.ts';
import { scoreSplit } from '~/islands/runtime/training/evaluate.ts';
import { crossEntropy, trainableVariables } from '~/islands/runtime/training/step.ts';
import { augment, type AugmentSettings } from '../augment/pipeline.ts';
import { penaltyTerms } from '../model/build.ts';

/** Loss and accuracy of a model on a set of images. */
export interface Score { loss: number; accuracy: number }

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Run {
  private readonly optimizer: tf.Optimizer;

  /** `random` drives the augmentation draws (seeded by the caller). */
  constructor(readonly model: tfl.LayersModel, learningRate: number, private readonly augmentation: AugmentSettings | null, private readonly random: () => number) {
    this.optimizer = tf.train.adam(learningRate);
  }

  /** One pass over `order`; `onBatch(done, total)` after each batch; resolves early if `stopped()`. */
  async trainEpoch(split: Split, order: Uint32Array, batchSize: number, onBatch: (done: number, total: number) => void, stopped: () => boolean): Promise<void> {
    const builder = new BatchBuilder(split, batchSize);
    const total = Math.ceil(order.length / batchSize);
    for (let b = 0; b < total; b++) {
      if (stopped()) return;
      const { x, y } = toTensors(builder.gather(order, b * batchSize, Math.min(order.length, (b + 1) * batchSize)));
      const input = this.augmentation ? augment(x, this.augmentation, this.random) : x;
      const loss = this.optimizer.minimize(() => tf.tidy(() => {
        const probs = this.model.apply(input, { training: true }) as tf.Tensor;
        return tf.addN([tf.mean(crossEntropy(probs, y)), ...penaltyTerms(this.model)]) as tf.Scalar;
      }), true, trainableVariables(this.model));
      await loss?.data(); // one sync per batch keeps memory flat and lets Stop arrive
      tf.dispose([x, y, input]);
      loss?.dispose();
      onBatch(b + 1, total);
      await nextTask();
    }
  }

  /** Inference-mode loss (cross-entropy + L2 penalty) and accuracy on `indices` of `split`. */
  async score(split: Split, indices: ArrayLike<number>): Promise<Score> {
    const { loss, accuracy } = await scoreSplit(this.model, split, indices);
    const penalty = tf.tidy(() => { const terms = penaltyTerms(this.model); return terms.length ? tf.addN(terms) : tf.scalar(0); });
    const value = (await penalty.data())[0]!;
    penalty.dispose();
    return { loss: loss + value, accuracy };
  }

  dispose(): void {
    this.model.dispose();
    this.optimizer.dispose();
  }
}
