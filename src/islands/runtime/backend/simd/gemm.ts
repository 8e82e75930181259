/**
 * Our float32 GEMM on a wasm memory (gemm-module.ts). Relaxed-SIMD fused multiply-add is used
 * where the engine validates it (V8 shipped it in Chrome 114; Node 24 and Debian's Chromium 156
 * here have it), else plain SIMD mul+add with smaller tiles, which every SIMD engine runs.
 */
import { FLAGS, gemmModule } from './gemm-module.ts';
import { exportsOn } from './instantiate.ts';

/**
 * A matrix in a wasm memory, by float index: element (i, p) at `at + i * row + p * col`.
 * A row-major [rows, cols] matrix is { at, row: cols, col: 1 }; its transpose { at, row: 1, col: cols }.
 */
export interface Strided { at: number; row: number; col: number }

/**
 * What happens around the product: `bias` (float index of n values) is added to every row of C,
 * then `relu` clamps C at zero (NaN stays NaN), both while the tile is still in registers.
 */
export interface Epilogue { bias?: number; relu?: boolean }

/**
 * C[m, n] = A[m, k] . B[k, n] (+ C when `accumulate`), all float32 in one memory, addressed by
 * float index. B and C are row-major with row lengths `ldb` and `ldc`; A may have any strides.
 * An `epilogue` adds a bias row and/or applies ReLU (with `accumulate`, ReLU only). Throws a
 * RangeError unless m, k >= 1 and n is a positive multiple of 4 (the caller keeps another path
 * for other shapes), or when a bias is asked for with `accumulate`.
 */
export type Gemm = (a: Strided, b: { at: number; ld: number }, c: { at: number; ld: number }, m: number, n: number, k: number, accumulate: boolean, epilogue?: Epilogue) => void;

let fmaSupported: boolean | undefined;
/** Whether this engine compiles relaxed-SIMD fused multiply-add (checked once). */
export function hasRelaxedSimd(): boolean {
  fmaSupported ??= WebAssembly.validate(gemmModule(true) as Uint8Array<ArrayBuffer>);
  return fmaSupported;
}

/** The GEMM on `memory`; `fma` picks the kernel variant (tests run both). */
export function gemmOn(memory: WebAssembly.Memory, fma = hasRelaxedSimd()): Gemm {
  const run = exportsOn(memory, fma ? 'gemm-fma' : 'gemm', () => gemmModule(fma)).gemm as (...args: number[]) => void;
  return (a, b, c, m, n, k, accumulate, epilogue = {}) => {
    if (!(m >= 1 && k >= 1 && n >= 4 && n % 4 === 0)) throw new RangeError(`gemm needs m, k >= 1 and n a multiple of 4 (got m=${m}, n=${n}, k=${k})`);
    const { bias, relu = false } = epilogue;
    if (accumulate && bias !== undefined) throw new RangeError('gemm adds a bias only when it does not accumulate');
    const flags = (accumulate ? FLAGS.accumulate : 0) | (relu ? FLAGS.relu : 0) | (bias !== undefined ? FLAGS.bias : 0);
    run(a.at * 4, a.row * 4, a.col * 4, b.at * 4, b.ld * 4, c.at * 4, c.ld * 4, m, n, k, flags, (bias ?? 0) * 4);
  };
}
