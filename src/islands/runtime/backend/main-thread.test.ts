import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ active: '', broken: new Set<string>() }));
vi.mock('./load.ts', () => ({
  activateBackend: async (name: string) => {
    if (state.broken.has(name)) throw new Error(`${name} failed to initialise`);
    state.active = name;
  },
}));
const { loadTensorFlow } = await import('./main-thread');

beforeEach(() => { state.active = ''; state.broken.clear(); });

describe('loadTensorFlow (small islands on the main thread)', () => {
  it('auto picks wasm without timing anything, and says why', async () => {
    const result = await loadTensorFlow();
    expect([result.backend, state.active, result.timings]).toEqual(['wasm', 'wasm', []]);
    expect(result.reason).toMatch(/fastest on wasm/);
    expect(typeof result.tf.tensor).toBe('function');
  });

  it('falls back to cpu when wasm cannot start, and fails readably when nothing can', async () => {
    state.broken.add('wasm');
    expect((await loadTensorFlow('auto')).backend).toBe('cpu');
    state.broken.add('cpu');
    await expect(loadTensorFlow('auto')).rejects.toThrow('No TensorFlow.js backend works in this browser (wasm: wasm failed to initialise; cpu: cpu failed to initialise).');
  });

  it('honours an explicit backend and passes its failure on', async () => {
    expect((await loadTensorFlow('cpu')).backend).toBe('cpu');
    state.broken.add('webgl');
    await expect(loadTensorFlow('webgl')).rejects.toThrow('webgl failed to initialise');
  });
});
