/**
 * One optimisation step of the seed recipe: sparse categorical cross-entropy on integer labels
 * (probabilities clipped like Keras), Adam. Returns the loss and the count of correct
 * predictions as device scalars so the caller decides when to read them back.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { directGradients } from './direct/gradients.ts';
import { directPlan } from './direct/plan.ts';

const EPSILON = 1e-7;

/** Per-image cross-entropy of softmax `probs` [n,10] against int32 `labels` [n]. */
export function crossEntropy(probs: tf.Tensor, labels: tf.Tensor1D): tf.Tensor1D {
  return tf.tidy(() => {
    const clipped = tf.clipByValue(probs, EPSILON, 1 - EPSILON);
    return tf.neg(tf.log(tf.sum(tf.mul(tf.oneHot(labels, probs.shape[1]!), clipped), -1))) as tf.Tensor1D;
  });
}

export function correctCount(probs: tf.Tensor, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => tf.sum(tf.cast(tf.equal(tf.argMax(probs, -1), labels), 'float32')) as tf.Scalar);
}

export function trainableVariables(model: tfl.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((w) => w.read() as tf.Variable);
}

/** A step's mean loss and correct count, left on the device until the loop reads a batch of them. */
export interface StepResult { loss: tf.Scalar; correct: tf.Scalar }

/**
 * One step on `x` [n, 28, 28, 1] and int32 labels `y` [n]: without the tape where direct/plan.ts
 * allows (the model and the backend), else through tfjs's tape (tapeStep).
 */
export function trainStep(model: tfl.LayersModel, optimizer: tf.Optimizer, x: tf.Tensor4D, y: tf.Tensor1D): StepResult {
  const plan = directPlan(model);
  if (typeof plan === 'string') return tapeStep(model, optimizer, x, y);
  const variables = trainableVariables(model);
  const { grads, loss, correct } = directGradients(plan, x, y.dataSync());
  optimizer.applyGradients(variables.map((v, i) => ({ name: v.name, tensor: grads[i]! })));
  tf.dispose(grads);
  return { loss: tf.scalar(loss), correct: tf.scalar(correct) };
}

/** The same step through tfjs's gradient tape (optimizer.minimize), for any model and backend. */
export function tapeStep(model: tfl.LayersModel, optimizer: tf.Optimizer, x: tf.Tensor4D, y: tf.Tensor1D): StepResult {
  let correct: tf.Scalar | null = null;
  const loss = optimizer.minimize(() => {
    const probs = model.apply(x, { training: true }) as tf.Tensor;
    correct = tf.keep(correctCount(probs, y));
    return tf.mean(crossEntropy(probs, y)) as tf.Scalar;
  }, true, trainableVariables(model));
  if (!loss || !correct) throw new Error('The training step produced no loss.');
  return { loss, correct };
}

/** Adam keeps its learning rate in a protected field; the learner may change it between runs. */
export function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  if (!(rate > 0 && rate <= 1)) throw new Error(`Learning rate must be in (0, 1], got ${rate}.`);
  (optimizer as unknown as { learningRate: number }).learningRate = rate;
}
