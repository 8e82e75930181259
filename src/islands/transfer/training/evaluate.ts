/** Accuracy and mean cross-entropy of a classifier on a batch, with dropout off (inference). */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Batch } from './tensors.ts';

/** Held-out scores: accuracy (0-1), mean loss, and the predicted class of each example. */
export interface Scores { accuracy: number; loss: number; predicted: number[] }

/** Scores `model` on `batch` (predict runs in inference mode: no dropout). */
export async function score(model: tfl.LayersModel, batch: Batch): Promise<Scores> {
  const [predicted, correct, loss] = tf.tidy(() => {
    const probabilities = model.predict(batch.xs) as tf.Tensor2D;
    const guess = tf.argMax(probabilities, 1);
    const right = tf.mean(tf.cast(tf.equal(guess, tf.argMax(batch.ys, 1)), 'float32'));
    // Keras's categorical cross-entropy: probabilities clipped to [1e-7, 1 - 1e-7].
    const ce = tf.mean(tf.neg(tf.sum(tf.mul(batch.ys, tf.log(tf.clipByValue(probabilities, 1e-7, 1 - 1e-7))), 1)));
    return [guess, right, ce];
  });
  const [p, c, l] = await Promise.all([predicted.data(), correct.data(), loss.data()]);
  tf.dispose([predicted, correct, loss]);
  return { accuracy: c[0]!, loss: l[0]!, predicted: Array.from(p) };
}
