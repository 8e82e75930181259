/**
 * The bytes of our GEMM module: C (+)= A . B in float32 on the wasm backend's own memory (an
 * imported memory, so tensors are read where they lie). Register-blocked micro-kernels keep an
 * MR x 8 tile of C in SIMD registers across the whole inner dimension, the layout of XNNPACK's
 * "splat" kernels; unlike tfjs-backend-wasm 4.22's build they may use relaxed-SIMD fused
 * multiply-add, and take A and B with strides, so transposed operands need no copy.
 * Measured in Node 24 on this project's 2-core EPYC (1020 x 1024 x 1024, packed panels): 4 x 8
 * mul+add 48.5 GFLOP/s, 6 x 8 relaxed madd 54.1, XNNPACK's 1024^3 product in Chromium 26-28.
 * 6 x 8 without fused multiply-add ran at 27.9, most likely spilling: its mul+add needs a 16th
 * vector register for the product (12 accumulators, 2 B vectors, the A splat), and V8 has 15.
 */
import { body, I32, name, op, section, uleb, V128, vec } from './wasm-bytes.ts';

/** Rows of C per micro-kernel tile: 6 with fused multiply-add, 4 without (register budget). */
export const tileRows = (fma: boolean): number => (fma ? 6 : 4);

const i32s = (n: number) => [0x60, ...vec(new Array(n).fill([I32])), 0];

/** Bits of the `flags` parameter: add to C instead of overwriting it; ReLU on store; start from the bias row. */
export const FLAGS = { accumulate: 1, relu: 2, bias: 4 } as const;

/**
 * The micro-kernel for an mr x (4 * vectors) tile. Params: ap, aRow, aCol, bp, ldb, cp, ldc,
 * k, flags, biasp (byte addresses and byte strides; k >= 1). A(i, p) = ap + i*aRow + p*aCol,
 * B(p, j) = bp + p*ldb + 4j, C(i, j) = cp + i*ldc + 4j, bias(j) = biasp + 4j.
 */
function tile(mr: number, vectors: number, fma: boolean): number[] {
  const row = (i: number) => (i === 0 ? 0 : 9 + i); // row pointers: param 0, then locals 10..
  const av = 9 + mr, b = (j: number) => av + 1 + j, c = (i: number, j: number) => av + 1 + vectors + i * vectors + j;
  const cAt = (i: number) => (i === 0 ? [op.get(5)] : [op.get(5), op.get(6), op.i32(i), op.mul, op.add]);
  const flag = (bit: number) => [op.get(8), op.i32(bit), op.and, op.if];
  const every = (f: (i: number, j: number) => number[][]) => Array.from({ length: mr }, (_, i) => Array.from({ length: vectors }, (_, j) => f(i, j)).flat()).flat();
  const code: number[][] = [];
  for (let i = 1; i < mr; i++) code.push(op.get(0), op.get(1), op.i32(i), op.mul, op.add, op.set(row(i)));
  code.push(...flag(FLAGS.accumulate), ...every((i, j) => [...cAt(i), op.v128Load(16 * j), op.set(c(i, j))]), op.else);
  code.push(...flag(FLAGS.bias), ...every((i, j) => [op.get(9), op.v128Load(16 * j), op.set(c(i, j))]), op.else);
  code.push(...every((i, j) => [op.v128Zero, op.set(c(i, j))]), op.end, op.end, op.loop);
  for (let j = 0; j < vectors; j++) code.push(op.get(3), op.v128Load(16 * j), op.set(b(j)));
  for (let i = 0; i < mr; i++) {
    code.push(op.get(row(i)), op.v128Load32Splat(), op.set(av));
    for (let j = 0; j < vectors; j++) {
      if (fma) code.push(op.get(av), op.get(b(j)), op.get(c(i, j)), op.f32x4RelaxedMadd, op.set(c(i, j)));
      else code.push(op.get(c(i, j)), op.get(av), op.get(b(j)), op.f32x4Mul, op.f32x4Add, op.set(c(i, j)));
    }
  }
  for (let i = 0; i < mr; i++) code.push(op.get(row(i)), op.get(2), op.add, op.set(row(i)));
  code.push(op.get(3), op.get(4), op.add, op.set(3));
  code.push(op.get(7), op.i32(1), op.sub, op.tee(7), op.brIf(0), op.end);
  code.push(...flag(FLAGS.relu), ...every((i, j) => [op.get(c(i, j)), op.v128Zero, op.f32x4Max, op.set(c(i, j))]), op.end);
  code.push(...every((i, j) => [...cAt(i), op.get(c(i, j)), op.v128Store(16 * j)]));
  return body([...(mr > 1 ? [[mr - 1, I32] as [number, number]] : []), [1 + vectors + mr * vectors, V128]], code);
}

/** All rows of one column panel. Params: a, aRow, aCol, b, ldb, c, ldc, m, k, flags, biasp. */
function rows(tiles: (mr: number) => number, mr: number): number[] {
  const args = [op.get(0), op.get(1), op.get(2), op.get(3), op.get(4), op.get(5), op.get(6), op.get(8), op.get(9), op.get(10)];
  const code: number[][] = [op.block, op.loop, op.get(7), op.i32(mr), op.ltU, op.brIf(1), ...args, op.call(tiles(mr)),
    op.get(0), op.get(1), op.i32(mr), op.mul, op.add, op.set(0), op.get(5), op.get(6), op.i32(mr), op.mul, op.add, op.set(5),
    op.get(7), op.i32(mr), op.sub, op.set(7), op.br(0), op.end, op.end];
  for (let r = 1; r < mr; r++) code.push(op.get(7), op.i32(r), op.eq, op.if, ...args, op.call(tiles(r)), op.end);
  return body([], code);
}

/** gemm(a, aRow, aCol, b, ldb, c, ldc, m, n, k, flags, biasp): panels of 8 columns, then one of 4. */
function gemm(rows8: number, rows4: number): number[] {
  const args = (panel: number) => [op.get(0), op.get(1), op.get(2), op.get(3), op.get(4), op.get(5), op.get(6), op.get(7), op.get(9), op.get(10), op.get(11), op.call(panel)];
  return body([], [op.block, op.loop, op.get(8), op.i32(8), op.ltU, op.brIf(1), ...args(rows8),
    op.get(3), op.i32(32), op.add, op.set(3), op.get(5), op.i32(32), op.add, op.set(5), op.get(11), op.i32(32), op.add, op.set(11),
    op.get(8), op.i32(8), op.sub, op.set(8), op.br(0), op.end, op.end,
    op.get(8), op.i32(4), op.and, op.if, ...args(rows4), op.end]);
}

/** The module: imports env.memory, exports gemm. Functions: tiles (8 wide, then 4), rows8, rows4, gemm. */
export function gemmModule(fma: boolean): Uint8Array {
  const mr = tileRows(fma);
  const tile8 = (r: number) => r - 1, tile4 = (r: number) => mr + r - 1;
  const rows8 = 2 * mr, rows4 = rows8 + 1, main = rows8 + 2;
  const bodies = [
    ...Array.from({ length: mr }, (_, r) => tile(r + 1, 2, fma)),
    ...Array.from({ length: mr }, (_, r) => tile(r + 1, 1, fma)),
    rows(tile8, mr), rows(tile4, mr), gemm(rows8, rows4),
  ];
  const types = [...new Array(2 * mr).fill(0), 1, 1, 2];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vec([i32s(10), i32s(11), i32s(12)])),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 0]])),
    ...section(3, vec(types.map((t) => [t]))),
    ...section(7, vec([[...name('gemm'), 0x00, main]])),
    ...section(10, [...uleb(bodies.length), ...bodies.flat()]),
  ]);
}
