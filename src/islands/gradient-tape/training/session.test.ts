import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLabModel, LAB_TOTAL_PARAMS } from '../model/build';
import { fixedBatch } from '../test-fixtures';
import { StepSession } from './session';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('StepSession', () => {
  it('lists the variables model.trainable_variables would, with Keras names and shapes', () => {
    const session = new StepSession(buildLabModel(1), fixedBatch(8), 1e-3, 1);
    expect(session.variables.map((v) => [v.name, v.shape])).toEqual([
      ['dense/kernel', [784, 32]], ['dense/bias', [32]], ['dense_1/kernel', [32, 10]], ['dense_1/bias', [10]],
    ]);
    expect(session.variables.reduce((n, v) => n + v.shape.reduce((a, b) => a * b, 1), 0)).toBe(LAB_TOTAL_PARAMS);
    session.dispose();
  });

  it('runs the phases in the listing order only', () => {
    const session = new StepSession(buildLabModel(1), fixedBatch(8), 1e-3, 1);
    expect(() => session.apply()).toThrow(/next phase is forward/);
    session.forward();
    expect(() => session.forward()).toThrow(/next phase is gradients/);
    session.gradients();
    expect(session.nextPhase).toBe('apply');
    session.apply();
    expect(session.nextPhase).toBe('forward');
    session.dispose();
  });

  it('gives finite, non-zero gradients, and the tape replays the same loss as the forward pass', () => {
    const session = new StepSession(buildLabModel(2), fixedBatch(16), 1e-3, 2);
    const { loss } = session.forward();
    const { tapeLoss, rows, globalNorm } = session.gradients();
    expect(tapeLoss).toBeCloseTo(loss, 5);
    for (const row of rows) expect(row.norm).toBeGreaterThan(0);
    expect(globalNorm).toBeCloseTo(Math.hypot(...rows.map((r) => r.norm)), 6);
    session.dispose();
  });

  it('reduces the loss on a fixed batch (overfitting one batch, as the module advises)', () => {
    const session = new StepSession(buildLabModel(3), fixedBatch(32), 1e-3, 3);
    const losses: number[] = [];
    for (let i = 0; i < 20; i++) {
      losses.push(session.forward().loss);
      session.gradients();
      session.apply();
    }
    expect(losses[19]!).toBeLessThan(losses[0]! * 0.7);
    session.dispose();
  });

  it('moves each variable by about the learning rate per entry on the first Adam step', () => {
    const lr = 1e-3;
    const session = new StepSession(buildLabModel(4), fixedBatch(16), lr, 4);
    session.forward();
    const grads = session.gradients();
    const update = session.apply();
    expect(update.learningRate).toBe(lr);
    // Adam's first step is lr * g / (|g| + epsilon) per entry: about lr wherever the gradient is not 0.
    update.rows.forEach((row, i) => {
      const entries = row.shape.reduce((a, b) => a * b, 1);
      expect(row.norm).toBeGreaterThan(0);
      expect(row.norm).toBeLessThanOrEqual(lr * Math.sqrt(entries) * 1.0001);
      expect(grads.rows[i]!.name).toBe(row.name);
    });
    expect(update.metrics.loss).toBeGreaterThan(0);
    expect(update.metrics.accuracy).toBeGreaterThanOrEqual(0);
    session.dispose();
  });

  it('keeps no tensor from one step to the next, and frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    const session = new StepSession(buildLabModel(6), fixedBatch(8), 1e-3, 6);
    const step = () => { session.forward(); session.gradients(); session.apply(); };
    step();
    const afterOne = tf.memory().numTensors;
    step();
    step();
    expect(tf.memory().numTensors).toBe(afterOne);
    session.forward(); // half a step pending: dispose must free it too
    session.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
