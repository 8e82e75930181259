import { describe, expect, it } from 'vitest';
import { gemmOn, hasRelaxedSimd } from './gemm';
import { gemmModule, tileRows } from './gemm-module';

/** Deterministic values in [-1, 1). */
function fill(f: Float32Array, from: number, count: number, seed: number): void {
  let s = seed;
  for (let i = 0; i < count; i++) { s = (s * 1103515245 + 12345) >>> 0; f[from + i] = (s / 2 ** 32) * 2 - 1; }
}

describe.each([false, true])('our wasm GEMM (fused multiply-add: %s)', (fma) => {
  const memory = new WebAssembly.Memory({ initial: 4 });
  const f = new Float32Array(memory.buffer);
  const gemm = gemmOn(memory, fma);

  // Every remainder of the tile rows (1..MR-1 left over), 4- and 8-wide panels, k = 1, both layouts of A.
  const shapes: Array<[number, number, number]> = [[1, 4, 1], [5, 12, 3], [7, 8, 9], [13, 20, 17], [6, 4, 2], [25, 36, 11], [3, 64, 40]];
  it.each(shapes.flatMap(([m, n, k]) => [[m, n, k, false], [m, n, k, true]] as const))('m=%i n=%i k=%i, A transposed: %s, matches a plain loop (float64 sums)', (m, n, k, transposed) => {
    const [a, b, c] = [0, 8192, 16384];
    f.fill(0);
    fill(f, a, m * k, 1); fill(f, b, k * n, 2); fill(f, c, m * n, 3);
    const before = f.slice(c, c + m * n);
    const A = transposed ? { at: a, row: 1, col: m } : { at: a, row: k, col: 1 };
    for (const accumulate of [false, true]) {
      f.set(before, c);
      gemm(A, { at: b, ld: n }, { at: c, ld: n }, m, n, k, accumulate);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        let sum = accumulate ? before[i * n + j]! : 0;
        for (let p = 0; p < k; p++) sum += f[a + i * A.row + p * A.col]! * f[b + p * n + j]!;
        expect(f[c + i * n + j]).toBeCloseTo(sum, 5);
      }
    }
    expect(f[c + m * n]).toBe(0); // nothing written past C
  });

  it.each(shapes)('m=%i n=%i k=%i: adds the bias row and applies ReLU on store, as a plain loop does', (m, n, k) => {
    const [a, b, c, bias] = [0, 8192, 16384, 30000];
    f.fill(0);
    fill(f, a, m * k, 6); fill(f, b, k * n, 7); fill(f, bias, n, 8); fill(f, c, m * n, 9);
    const before = f.slice(c, c + m * n);
    for (const epilogue of [{ bias }, { relu: true }, { bias, relu: true }]) {
      for (const accumulate of epilogue.bias === undefined ? [false, true] : [false]) {
        f.set(before, c);
        gemm({ at: a, row: k, col: 1 }, { at: b, ld: n }, { at: c, ld: n }, m, n, k, accumulate, epilogue);
        let negatives = 0;
        for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
          let sum = (accumulate ? before[i * n + j]! : 0) + (epilogue.bias === undefined ? 0 : f[bias + j]!);
          for (let p = 0; p < k; p++) sum += f[a + i * k + p]! * f[b + p * n + j]!;
          if (sum < 0) negatives += 1;
          expect(f[c + i * n + j]).toBeCloseTo(epilogue.relu ? Math.max(0, sum) : sum, 5);
        }
        if (m * n >= 12) expect(negatives).toBeGreaterThan(0); // so ReLU had something to clamp
      }
    }
    expect(f[c + m * n]).toBe(0);
  });

  it('keeps NaN through ReLU, and refuses a bias with accumulate', () => {
    f.fill(0);
    f[0] = NaN; f[1] = -1; // A: 2 x 1
    f.fill(1, 100, 104); // B: 1 x 4
    gemm({ at: 0, row: 1, col: 1 }, { at: 100, ld: 4 }, { at: 200, ld: 4 }, 2, 4, 1, false, { relu: true });
    expect(Array.from(f.subarray(200, 208))).toEqual([NaN, NaN, NaN, NaN, 0, 0, 0, 0]);
    expect(() => gemm({ at: 0, row: 1, col: 1 }, { at: 100, ld: 4 }, { at: 200, ld: 4 }, 2, 4, 1, true, { bias: 300 })).toThrow(/only when it does not accumulate/);
  });

  it('writes only C and leaves padding between its rows alone (ldc > n)', () => {
    f.fill(0);
    fill(f, 0, 5 * 3, 4); fill(f, 100, 3 * 8, 5);
    f.fill(7, 200, 200 + 5 * 12);
    gemm({ at: 0, row: 3, col: 1 }, { at: 100, ld: 8 }, { at: 200, ld: 12 }, 5, 8, 3, false);
    for (let i = 0; i < 5; i++) expect(Array.from(f.subarray(200 + i * 12 + 8, 200 + i * 12 + 12))).toEqual([7, 7, 7, 7]);
  });

  it('refuses widths that are not multiples of 4, and empty products', () => {
    expect(() => gemm({ at: 0, row: 1, col: 1 }, { at: 0, ld: 6 }, { at: 0, ld: 6 }, 2, 6, 2, false)).toThrow(/multiple of 4/);
    expect(() => gemm({ at: 0, row: 1, col: 1 }, { at: 0, ld: 4 }, { at: 0, ld: 4 }, 2, 4, 0, false)).toThrow(RangeError);
  });
});

describe('the GEMM module', () => {
  it('uses 6-row tiles with fused multiply-add and 4-row tiles without', () => {
    expect([tileRows(true), tileRows(false)]).toEqual([6, 4]);
  });

  it('validates with and without relaxed SIMD (Node 24 has it)', () => {
    expect(WebAssembly.validate(gemmModule(false) as Uint8Array<ArrayBuffer>)).toBe(true);
    expect(hasRelaxedSimd()).toBe(true);
  });
});
