/**
 * Our float32 GEMM on a wasm memory (gemm-module.ts). Relaxed-SIMD fused multiply-add is used
 * where the engine validates it (V8 shipped it in Chrome 114; Node 24 and Debian's Chromium 156
 * here have it), else plain SIMD mul+add with smaller tiles, which every SIMD engine runs.
 */
import { gemmModule } from './gemm-module.ts';
import { exportsOn } from './instantiate.ts';

/**
 * A matrix in a wasm memory, by float index: element (i, p) at `at + i * row + p * col`.
 * A row-major [rows, cols] matrix is { at, row: cols, col: 1 }; its transpose { at, row: 1, col: cols }.
 */
export interface Strided { at: number; row: number; col: number }

/**
 * C[m, n] = A[m, k] . B[k, n] (+ C when `accumulate`), all float32 in one memory, addressed by
 * float index. B and C are row-major with row lengths `ldb` and `ldc`; A may have any strides.
 * Throws a RangeError unless m, k >= 1 and n is a positive multiple of 4 (the caller keeps
 * another path for other shapes).
 */
export type Gemm = (a: Strided, b: { at: number; ld: number }, c: { at: number; ld: number }, m: number, n: number, k: number, accumulate: boolean) => void;

let fmaSupported: boolean | undefined;
/** Whether this engine compiles relaxed-SIMD fused multiply-add (checked once). */
export function hasRelaxedSimd(): boolean {
  fmaSupported ??= WebAssembly.validate(gemmModule(true) as Uint8Array<ArrayBuffer>);
  return fmaSupported;
}

/** The GEMM on `memory`; `fma` picks the kernel variant (tests run both). */
export function gemmOn(memory: WebAssembly.Memory, fma = hasRelaxedSimd()): Gemm {
  const run = exportsOn(memory, fma ? 'gemm-fma' : 'gemm', () => gemmModule(fma)).gemm as (...args: number[]) => void;
  return (a, b, c, m, n, k, accumulate) => {
    if (!(m >= 1 && k >= 1 && n >= 4 && n % 4 === 0)) throw new RangeError(`gemm needs m, k >= 1 and n a multiple of 4 (got m=${m}, n=${n}, k=${k})`);
    run(a.at * 4, a.row * 4, a.col * 4, b.at * 4, b.ld * 4, c.at * 4, c.ld * 4, m, n, k, accumulate ? 1 : 0);
  };
}
