import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { splitIndices } from '../mnist/batches';
import { buildCnn } from '../../cnn/model/build';
import { SEED_RECIPE } from '../../cnn/protocol';
import { mnistTestImages, useWasmBackend } from '../test-fixtures';
import { Trainer } from './loop';

const N = 1200;
const split = mnistTestImages(0, N);

useWasmBackend();

describe('training loop', () => {
  it('learns, keeps the tensor count flat across epochs, and resumes after Stop', async () => {
    const model = buildCnn();
    const optimizer = tf.train.adam(0.001);
    const { train, validation } = splitIndices(N, 0.2);
    const trainer = new Trainer(model, optimizer, split, train, validation);
    const config = { ...SEED_RECIPE, epochs: 3, batchSize: 64 };
    const epochs: { valAccuracy: number; tensors: number }[] = [];
    let batches = 0;
    let stopped = false;
    const listener = {
      batch: () => { batches += 1; if (!stopped) { stopped = true; trainer.stop(); } },
      epoch: (e: { valAccuracy: number }) => epochs.push({ valAccuracy: e.valAccuracy, tensors: tf.memory().numTensors }),
    };
    const first = await trainer.run(config, listener);
    expect(first).toEqual({ completedEpochs: 0, stoppedEarly: true });
    const second = await trainer.run(config, listener);
    expect(second).toEqual({ completedEpochs: 3, stoppedEarly: false });
    expect(batches).toBeGreaterThan(3);
    expect(epochs).toHaveLength(3);
    expect(epochs[1]!.tensors).toBe(epochs[0]!.tensors);
    expect(epochs[2]!.tensors).toBe(epochs[0]!.tensors);
    expect(epochs[2]!.valAccuracy).toBeGreaterThan(0.5); // chance is 0.1
    model.dispose();
    optimizer.dispose();
  }, 120_000);
});
