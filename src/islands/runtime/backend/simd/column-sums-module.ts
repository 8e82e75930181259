/**
 * The bytes of our column-sums module: the sums over `rows` rows of 16 consecutive float32
 * channels, accumulated in float64 (two channels per f64x2 lane pair) and rounded to float32 once
 * at the end, row by row in order: the same sums as a float64 JS loop, 2 lanes at a time.
 */
import { oneFunctionModule, op, V128 } from './wasm-bytes.ts';

/** Channels per call. */
export const COLUMN_BLOCK = 16;

/** colsum16(x, rows, rowBytes, out): byte addresses; rows >= 0. Locals: 4.. 8 f64x2 accumulators. */
export function columnSumsModule(): Uint8Array {
  const pairs = COLUMN_BLOCK / 2, acc = (j: number) => 4 + j;
  const code: number[][] = [];
  for (let j = 0; j < pairs; j++) code.push(op.v128Zero, op.set(acc(j)));
  code.push(op.block, op.get(1), op.eqz, op.brIf(0), op.loop);
  for (let j = 0; j < pairs; j++) code.push(op.get(acc(j)), op.get(0), op.v128Load64Zero(8 * j), op.f64x2PromoteLowF32x4, op.f64x2Add, op.set(acc(j)));
  code.push(op.get(0), op.get(2), op.add, op.set(0), op.get(1), op.i32(1), op.sub, op.tee(1), op.brIf(0), op.end, op.end);
  for (let j = 0; j < pairs; j++) code.push(op.get(3), op.get(acc(j)), op.f32x4DemoteF64x2Zero, op.v128Store64Lane0(8 * j));
  return oneFunctionModule('colsum', 4, [[pairs, V128]], code);
}
