/**
 * The bytes of our strided-runs module: `count` runs of `length` floats, the r-th read at
 * src + r*srcStride and copied (or added) to dst + r*dstStride, 4 lanes at a time. im2col is
 * such runs (one per output row and filter row: a whole filter row of channels is contiguous in
 * NHWC), and so is col2im with add; one call replaces a row's worth of per-run JS loops.
 * Runs are done in order, so overlapping destinations (col2im with stride 1) add up correctly.
 */
import { I32, oneFunctionModule, op } from './wasm-bytes.ts';

/**
 * One run's loop: v128 steps while 4 floats remain (with `simd`), then single floats.
 * Locals: 7 i, 8 vector end, 9 end.
 */
function run(add: boolean, simd: boolean): number[][] {
  const at = (base: number) => [op.get(base), op.get(7), op.add];
  const step = (load: number[], store: number[], size: number, end: number, sum: number[]) => [
    op.block, op.loop, op.get(7), op.get(end), op.ltU, op.eqz, op.brIf(1),
    ...at(2), ...(add ? [...at(2), load] : []), ...at(0), load, ...(add ? [sum] : []), store,
    op.get(7), op.i32(size), op.add, op.set(7), op.br(0), op.end, op.end,
  ];
  return [op.i32(0), op.set(7), ...(simd ? step(op.v128Load(), op.v128Store(), 16, 8, op.f32x4Add) : []), ...step(op.f32Load(), op.f32Store(), 4, 9, op.f32Add)];
}

/**
 * runs(src, srcStride, dst, dstStride, length, count, add): byte addresses and strides, length in
 * floats. Without `simd` the module uses no SIMD instruction, for engines without wasm SIMD
 * (im2col serves the XNNPACK fallback kernels there too).
 */
export function runsModule(simd = true): Uint8Array {
  const code = [
    op.get(4), op.i32(-4), op.and, op.i32(2), op.shl, op.set(8), op.get(4), op.i32(2), op.shl, op.set(9),
    op.block, op.loop, op.get(5), op.eqz, op.brIf(1),
    op.get(6), op.if, ...run(true, simd), op.else, ...run(false, simd), op.end,
    op.get(0), op.get(1), op.add, op.set(0), op.get(2), op.get(3), op.add, op.set(2),
    op.get(5), op.i32(1), op.sub, op.set(5), op.br(0), op.end, op.end,
  ];
  return oneFunctionModule('runs', 7, [[3, I32]], code);
}
