import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import { cnnSpec } from '../../../cnn/engine/spec';
import { SEED_RECIPE } from '../../../cnn/protocol';
import { mnistTestImages, useWasmBackend } from '../../test-fixtures';
import { GradientPool } from '../parallel/pool';
import { inProcessPort, type HelperPort } from '../parallel/port';
import { EngineState } from './state';

useWasmBackend();

/** A helper that works for `steps` steps and then dies, like a crashed worker. */
function dyingPort(steps: number): HelperPort {
  const inner = inProcessPort();
  let left = steps;
  return { send: (r, t) => (r.type === 'step' && left-- <= 0 ? Promise.reject(new Error('helper crashed')) : inner.send(r, t)), close: () => inner.close() };
}

describe('engine state with training helpers', () => {
  it('trains through the pool, and carries on alone when a helper dies', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = new EngineState(cnnSpec, inProcessPort);
    state.data = { train: mnistTestImages(0, 900), test: mnistTestImages(9000, 500), downloadedBytes: 0, fromCache: true, encoding: 'gzip' };
    state.setPool(new GradientPool('wasm', [dyingPort(5)]));
    expect(state.workers).toBe(2);
    const config = { ...SEED_RECIPE, epochs: 2, validationSplit: 0.2 };
    state.build(config);
    state.training = true;
    expect(() => state.build(config)).toThrow('Stop training before replacing the model.');
    expect(() => state.dataChanged()).toThrow('Stop training before loading other data.');
    state.training = false;
    const workers: number[] = [];
    const result = await state.trainerFor(config).run(config, { batch: (e) => workers.push(e.workers), epoch: () => undefined });
    expect(result).toEqual({ completedEpochs: 2, stoppedEarly: false });
    expect(state.workers).toBe(1);
    expect(workers[0]).toBe(2);
    expect(workers.at(-1)).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    expect((await state.scoreTest()).accuracy).toBeGreaterThan(0.3); // chance is 0.1
    warn.mockRestore();
  }, 120_000);
});
