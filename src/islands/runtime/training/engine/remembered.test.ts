import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { deviceKey, recallSetup, usableSetup, type RememberedSetup } from './remembered';

const here = 'cores 2; webgpu no navigator.gpu; webgl no WebGL2 context; tfjs 4.22.0';
const wasm2: RememberedSetup = { device: here, backend: 'wasm', workers: 2 };

describe('usableSetup: when a remembered choice may replace timing', () => {
  it('under auto on the same device', () => {
    expect(usableSetup('auto', wasm2, here)).toEqual(wasm2);
  });

  it('never on another device, browser GPU or TensorFlow.js version', () => {
    expect(usableSetup('auto', wasm2, here.replace('cores 2', 'cores 8'))).toBeNull();
    expect(usableSetup('auto', wasm2, here.replace('4.22.0', '4.23.0'))).toBeNull();
  });

  it('never when the learner picked a backend, or nothing is remembered', () => {
    expect(usableSetup('wasm', wasm2, here)).toBeNull();
    expect(usableSetup('auto', undefined, here)).toBeNull();
  });

  it('never for a choice the engine could not have made', () => {
    expect(usableSetup('auto', { ...wasm2, workers: 0 }, here)).toBeNull();
    expect(usableSetup('auto', { ...wasm2, workers: 1.5 }, here)).toBeNull();
    expect(usableSetup('auto', { ...wasm2, workers: 9 }, here)).toBeNull();
    expect(usableSetup('auto', { ...wasm2, backend: 'webgl', workers: 2 }, here)).toBeNull();
    expect(usableSetup('auto', { ...wasm2, backend: 'tpu' as 'wasm' }, here)).toBeNull();
  });
});

describe('deviceKey', () => {
  it('names the cores, both GPU probes and the TensorFlow.js version', async () => {
    const key = await deviceKey();
    expect(key).toContain(`cores ${navigator.hardwareConcurrency || 1}`);
    expect(key).toContain(`tfjs ${tf.version_core}`);
    expect(key).toMatch(/webgpu .*; webgl /);
  });
});

describe('recallSetup', () => {
  it('activates the remembered backend untimed, with no helpers for one worker', async () => {
    const recalled = await recallSetup({ device: here, backend: 'cpu', workers: 1 }, () => { throw new Error('no helper wanted'); });
    expect(tf.getBackend()).toBe('cpu');
    expect([recalled.choice.backend, recalled.choice.timings, recalled.pool]).toEqual(['cpu', [], null]);
    expect(recalled.choice.reason).toMatch(/Remembered/);
  });
});
