import { describe, expect, it } from 'vitest';
import { columnSumsOn } from './column-sums';

describe('our wasm column sums', () => {
  const memory = new WebAssembly.Memory({ initial: 16 });

  it.each([[1, 16], [7, 32], [1000, 64], [0, 16]])('equal a float64 JS loop rounded once, bit for bit (%i rows x %i channels)', (rows, channels) => {
    const f = new Float32Array(memory.buffer);
    const [x, out] = [3, 3 + rows * channels + 5];
    for (let i = 0; i < rows * channels; i++) f[x + i] = Math.sin(i * 7.1) * 10 ** ((i % 7) - 3); // mixed magnitudes
    f.fill(NaN, out, out + channels + 4);
    columnSumsOn(memory, x, rows, channels, out);
    const sums = new Float64Array(channels);
    for (let r = 0; r < rows; r++) for (let c = 0; c < channels; c++) sums[c]! += f[x + r * channels + c]!;
    expect(Array.from(f.subarray(out, out + channels))).toEqual(Array.from(Float32Array.from(sums)));
    expect(Number.isNaN(f[out + channels])).toBe(true); // nothing written past the sums
  });

  it('refuses channel counts that are not multiples of 16', () => {
    expect(() => columnSumsOn(memory, 0, 4, 10, 100)).toThrow(RangeError);
  });
});
