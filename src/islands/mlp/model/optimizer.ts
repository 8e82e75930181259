/**
 * The optimisers the labs offer, with Keras 3's defaults: SGD(momentum=0), SGD(momentum=0.9)
 * as in module 3's listing, Adam(beta_1=0.9, beta_2=0.999) and RMSprop(rho=0.9, momentum=0).
 * Epsilons are TensorFlow.js's backend epsilon (1e-7 on float32 backends, Keras's value).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerName } from './recipe.ts';

/** A fresh optimiser `name` stepping at `learningRate` (> 0). */
export function makeOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  if (!(learningRate > 0)) throw new Error(`Learning rate must be above 0, got ${learningRate}.`);
  switch (name) {
    case 'sgd': return tf.train.sgd(learningRate);
    case 'momentum': return tf.train.momentum(learningRate, 0.9);
    case 'adam': return tf.train.adam(learningRate, 0.9, 0.999);
    case 'rmsprop': return tf.train.rmsprop(learningRate, 0.9, 0);
    default: throw new Error(`Unknown optimizer ${JSON.stringify(name)}.`);
  }
}
