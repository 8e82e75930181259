/**
 * The bytes of our MaxPoolGrad module for non-overlapping 2x2 windows at stride 2 (the seed
 * model's pools): one output row per call, 4 channels per step. Each window's gradient goes to
 * its first maximum in TensorFlow's scan order (top-left, top-right, bottom-left, bottom-right),
 * found with strict comparisons as a scalar loop would; the other three taps get +0.
 */
import { I32, oneFunctionModule, op, V128 } from './wasm-bytes.ts';

// Params: 0 x (window row's first tap), 1 dy, 2 dx - x, 3 windows, 4 channel groups, 5 channel bytes, 6 input row bytes.
// Locals: 7 window count, 8 group count, 9 bottom row; v128 10 a, 11 right, 12 below, 13 diagonal, 14 best, 15-17 right/below/diagonal won, 18 dy.
const [X, DY, DELTA, WINDOWS, GROUPS, CBYTES, ROWBYTES] = [0, 1, 2, 3, 4, 5, 6];
const [W, G, Q, A, R, B, D, BEST, GR, GB, GD, GRAD] = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];

const store = (base: number, right: boolean, mask: number[][]) => [
  op.get(base), ...(right ? [op.get(CBYTES), op.add] : []), op.get(DELTA), op.add, op.get(GRAD), ...mask, op.v128Store(),
];

/** maxPoolGrad2x2Row(x, dy, dx - x, windows, groups, channelBytes, rowBytes): byte addresses. */
export function maxPoolModule(): Uint8Array {
  const load = (base: number, right: boolean, to: number) => [op.get(base), ...(right ? [op.get(CBYTES), op.add] : []), op.v128Load(), op.set(to)];
  const code = [
    op.get(WINDOWS), op.set(W), op.loop, op.get(GROUPS), op.set(G), op.loop,
    op.get(X), op.get(ROWBYTES), op.add, op.set(Q),
    ...load(X, false, A), ...load(X, true, R), ...load(Q, false, B), ...load(Q, true, D), op.get(DY), op.v128Load(), op.set(GRAD),
    op.get(R), op.get(A), op.f32x4Gt, op.set(GR), op.get(R), op.get(A), op.get(GR), op.v128Bitselect, op.set(BEST),
    op.get(B), op.get(BEST), op.f32x4Gt, op.set(GB), op.get(B), op.get(BEST), op.get(GB), op.v128Bitselect, op.set(BEST),
    op.get(D), op.get(BEST), op.f32x4Gt, op.set(GD),
    // grad & ~(any later tap won), grad & right won & ~(below or diagonal won), ...
    ...store(X, false, [op.get(GR), op.get(GB), op.v128Or, op.get(GD), op.v128Or, op.v128AndNot]),
    ...store(X, true, [op.get(GR), op.get(GB), op.get(GD), op.v128Or, op.v128AndNot, op.v128And]),
    ...store(Q, false, [op.get(GB), op.get(GD), op.v128AndNot, op.v128And]),
    ...store(Q, true, [op.get(GD), op.v128And]),
    op.get(X), op.i32(16), op.add, op.set(X), op.get(DY), op.i32(16), op.add, op.set(DY),
    op.get(G), op.i32(1), op.sub, op.tee(G), op.brIf(0), op.end,
    op.get(X), op.get(CBYTES), op.add, op.set(X), // past the window's right column
    op.get(W), op.i32(1), op.sub, op.tee(W), op.brIf(0), op.end,
  ];
  return oneFunctionModule('row', 7, [[3, I32], [9, V128]], code);
}
