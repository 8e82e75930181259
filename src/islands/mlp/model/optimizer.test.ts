import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOptimizer } from './optimizer';
import type { OptimizerName } from './recipe';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** One step on loss = w^2 from w = 1 (gradient 2): where each optimiser moves w. */
function firstStep(name: OptimizerName, rate: number): number {
  const w = tf.variable(tf.scalar(1));
  const optimizer = makeOptimizer(name, rate);
  optimizer.minimize(() => tf.mul(w, w) as tf.Scalar, false, [w]);
  const value = w.dataSync()[0]!;
  optimizer.dispose();
  w.dispose();
  return value;
}

describe('makeOptimizer', () => {
  it('takes the steps Keras takes from w=1 on w^2', () => {
    expect(firstStep('sgd', 0.1)).toBeCloseTo(1 - 0.1 * 2, 6);
    // Momentum's first step equals plain SGD's (the velocity starts at zero).
    expect(firstStep('momentum', 0.1)).toBeCloseTo(0.8, 6);
    // Adam's first step is ~learning_rate whatever the gradient's size.
    expect(firstStep('adam', 0.01)).toBeCloseTo(0.99, 4);
    // RMSprop(rho=0.9): 2 / sqrt(0.1 * 4) = 3.162..., times the learning rate.
    expect(firstStep('rmsprop', 0.01)).toBeCloseTo(1 - 0.01 * 2 / Math.sqrt(0.4), 4);
  });

  it('refuses a learning rate of 0 and an unknown name', () => {
    expect(() => makeOptimizer('adam', 0)).toThrow(/above 0/);
    expect(() => makeOptimizer('adagrad' as OptimizerName, 0.1)).toThrow(/Unknown optimizer/);
  });
});
