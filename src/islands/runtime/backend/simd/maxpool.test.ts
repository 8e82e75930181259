import { backend_util } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { maxPoolGradTiled2x2 } from '../maxpool-grad-tiled';
import { maxPoolGrad2x2On } from './maxpool';

describe('our wasm 2x2 MaxPoolGrad', () => {
  const memory = new WebAssembly.Memory({ initial: 64 });

  // The seed model's two pools, odd sizes (a dropped row and column), batch 1, 4 channels.
  it.each([[2, 26, 26, 32], [2, 11, 11, 64], [1, 5, 7, 4], [3, 2, 2, 8]] as const)('matches the JS loop bit for bit on x=%j, ties and NaN included', (n, h, w, c) => {
    const info = backend_util.computePool2DInfo([n, h, w, c], 2, 2, 1, 'valid');
    const size = n * h * w * c, out = n * info.outHeight * info.outWidth * c;
    const f = new Float32Array(memory.buffer);
    const [x, dy, dx] = [16, 16 + size, 16 + size + out]; // unaligned on purpose
    let s = 7;
    const next = () => { s = (s * 1103515245 + 12345) >>> 0; return s / 2 ** 32; };
    // Three values (ties in most windows), some NaN, and dy values of both signs.
    for (let i = 0; i < size; i++) f[x + i] = next() < 0.02 ? NaN : Math.floor(next() * 3);
    for (let i = 0; i < out; i++) f[dy + i] = next() * 2 - 1;
    f.fill(0, dx, dx + size);
    maxPoolGrad2x2On(memory, x, dy, dx, info);
    const expected = new Float32Array(size);
    maxPoolGradTiled2x2(f.subarray(x, x + size), f.subarray(dy, dy + out), expected, info);
    expect(Array.from(f.subarray(dx, dx + size))).toEqual(Array.from(expected));
    expect(f.subarray(dx, dx + size).filter((v) => v !== 0).length).toBe(out - f.subarray(dy, dy + out).filter((v) => v === 0).length);
  });

  it('refuses channel counts that are not multiples of 4', () => {
    const info = backend_util.computePool2DInfo([1, 4, 4, 3], 2, 2, 1, 'valid');
    expect(() => maxPoolGrad2x2On(memory, 0, 100, 200, info)).toThrow(RangeError);
  });
});
