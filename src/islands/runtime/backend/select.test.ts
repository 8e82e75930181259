import { beforeEach, describe, expect, it, vi } from 'vitest';

// No backend code runs here: activation is faked and each "backend" has a made-up speed, so the
// test checks the choice logic alone (Node has neither WebGPU nor WebGL, so those are unavailable).
const state = vi.hoisted(() => ({ active: '', broken: new Set<string>(), released: [] as string[] }));
vi.mock('./load.ts', () => ({
  activateBackend: async (name: string) => {
    if (state.broken.has(name)) throw new Error(`${name} failed to initialise`);
    state.active = name;
  },
  releaseBackend: (name: string) => { state.released.push(name); },
}));
const { chooseBackend } = await import('./select');

const speeds: Record<string, number> = { wasm: 900, cpu: 150 };
const fakeProbe = async () => speeds[state.active]!;

beforeEach(() => { state.active = ''; state.broken.clear(); state.released = []; speeds.cpu = 150; });

describe('chooseBackend with the island\'s own timing probe', () => {
  it('auto: times only wasm (cpu is not worth timing) and activates it, saying why', async () => {
    const choice = await chooseBackend('auto', fakeProbe);
    expect(choice.backend).toBe('wasm');
    expect(state.active).toBe('wasm');
    expect(choice.reason).toMatch(/^Fastest in a first, short warm-up of this model \(timed while still compiling\): wasm 900 images\/s\./);
    expect(choice.timings.map((t) => [t.name, t.imagesPerSec])).toEqual([['webgpu', null], ['webgl', null], ['wasm', 900], ['cpu', null]]);
  });

  it('measureAll: the fastest by the probe wins and the others are released', async () => {
    speeds.cpu = 1500;
    const choice = await chooseBackend('auto', fakeProbe, true);
    expect(choice.backend).toBe('cpu');
    expect(state.active).toBe('cpu');
    expect(state.released).toEqual(['wasm']);
  });

  it('auto falls back to timing cpu when wasm fails, with wasm\'s error in the timings', async () => {
    state.broken.add('wasm');
    const choice = await chooseBackend('auto', fakeProbe);
    expect(choice.backend).toBe('cpu');
    expect(choice.timings.find((t) => t.name === 'wasm')).toMatchObject({ imagesPerSec: null, error: 'wasm failed to initialise' });
  });

  it('an explicit choice is honoured, and an unusable one is a readable error', async () => {
    expect((await chooseBackend('cpu', fakeProbe)).reason).toBe('You chose cpu; its warm-up ran at 150 images/s.');
    await expect(chooseBackend('webgl', fakeProbe)).rejects.toThrow(/^The webgl backend is not usable here: no WebGL2 context\. Choose "auto" or another backend\.$/);
  });
});
