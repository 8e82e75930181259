/** Inference over a split in chunks (never the whole set as one tensor): loss, accuracy, predictions. */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { BatchBuilder, toTensors } from '../mnist/batches.ts';
import type { Split } from '../mnist/shards.ts';
import { correctCount, crossEntropy } from './step.ts';

export const EVAL_CHUNK = 500;

export interface SplitScore { loss: number; accuracy: number; predicted: Uint8Array }

export async function scoreSplit(model: tfl.LayersModel, split: Split, indices: ArrayLike<number>): Promise<SplitScore> {
  const builder = new BatchBuilder(split, EVAL_CHUNK);
  const predicted = new Uint8Array(indices.length);
  let lossSum = 0, correct = 0;
  for (let start = 0; start < indices.length; start += EVAL_CHUNK) {
    const end = Math.min(indices.length, start + EVAL_CHUNK);
    const [loss, right, labels] = tf.tidy(() => {
      const { x, y } = toTensors(builder.gather(indices, start, end));
      const probs = model.predict(x) as tf.Tensor;
      return [tf.sum(crossEntropy(probs, y)), correctCount(probs, y), tf.argMax(probs, -1)];
    });
    const [lossValue, rightValue, labelValues] = await Promise.all([loss.data(), right.data(), labels.data()]);
    tf.dispose([loss, right, labels]);
    lossSum += lossValue[0]!;
    correct += rightValue[0]!;
    predicted.set(labelValues, start);
  }
  const n = Math.max(1, indices.length);
  return { loss: lossSum / n, accuracy: correct / n, predicted };
}

export function confusionMatrix(labels: ArrayLike<number>, predicted: ArrayLike<number>, classes = 10): number[][] {
  const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < predicted.length; i++) matrix[labels[i]!]![predicted[i]!]! += 1;
  return matrix;
}
