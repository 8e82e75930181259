import { describe, expect, it } from 'vitest';
import { runsOn } from './runs';
import { runsModule } from './runs-module';

describe('our wasm strided runs', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const f = new Float32Array(memory.buffer);
  const runs = runsOn(memory);

  it.each([1, 3, 4, 7, 96])('copies runs of %i floats with any strides, and nothing else', (length) => {
    f.fill(-1);
    for (let i = 0; i < 1000; i++) f[i] = i;
    runs(10, 5, 2000, length + 3, length, 4, false);
    for (let r = 0; r < 4; r++) {
      for (let i = 0; i < length; i++) expect(f[2000 + r * (length + 3) + i]).toBe(10 + r * 5 + i);
      for (let i = length; i < length + 3; i++) expect(f[2000 + r * (length + 3) + i]).toBe(-1);
    }
  });

  it('adds runs in order, so overlapping destinations sum (col2im with stride 1)', () => {
    f.fill(0);
    f.fill(1, 0, 40); // 4 source runs of 10 ones
    runs(0, 10, 1000, 2, 10, 4, true); // destinations 2 floats apart
    const expected = Array.from({ length: 16 }, (_, i) => [0, 1, 2, 3].filter((r) => i >= 2 * r && i < 2 * r + 10).length);
    expect(Array.from(f.subarray(1000, 1016))).toEqual(expected);
  });

  it('has a build without SIMD instructions that does the same', () => {
    const scalar = new WebAssembly.Instance(new WebAssembly.Module(runsModule(false) as Uint8Array<ArrayBuffer>), { env: { memory } }).exports.runs as (...args: number[]) => void;
    f.fill(0);
    f.fill(1, 0, 40);
    scalar(0, 40, 4000, 8, 10, 4, 1);
    expect(Array.from(f.subarray(1000, 1016))).toEqual(Array.from({ length: 16 }, (_, i) => [0, 1, 2, 3].filter((r) => i >= 2 * r && i < 2 * r + 10).length));
    expect(new Uint8Array(runsModule(false)).includes(0xfd)).toBe(false); // no SIMD prefix byte anywhere
  });

  it('does nothing for zero runs', () => {
    f.fill(5);
    runs(0, 1, 100, 1, 8, 0, false);
    expect(f[100]).toBe(5);
  });
});
