/**
 * BatchMatMul of one pair of float32 matrices (the dense layers' products and their gradients)
 * by our GEMM (simd/gemm.ts). tfjs-backend-wasm sends a transposed operand to a plain loop
 * instead of XNNPACK, which made the dense layers' gradients cost ~3.8 ms of a step; our GEMM
 * reads A^T by strides, and B^T is copied once (the weights: at most 576 x 64 here). Batches,
 * broadcasting and widths that are not a multiple of 4 go to the backend's own kernel.
 * _FusedMatMul (a Dense layer's forward pass outside the tape) likewise, with its bias and ReLU
 * added in the GEMM's registers; other activations go to the backend's kernel.
 */
import type { _FusedMatMulAttrs, BatchMatMulAttrs, KernelBackend, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { biasFits, gemmEpilogue } from './fused-epilogue.ts';
import { transposeInto } from './heap-matrix.ts';
import { gemmOn } from './simd/gemm.ts';
import { heapFloats, heapIndex, heapMemory, scratch } from './kernel-scratch.ts';

/** One matrix: rank 2, or rank 3 with a batch of 1. */
const single = (t: TensorInfo) => t.dtype === 'float32' && (t.shape.length === 2 || (t.shape.length === 3 && t.shape[0] === 1));

/** a . b (+ bias, then ReLU) by our GEMM, or null for what it does not take. */
function multiply(backend: KernelBackend, a: TensorInfo, b: TensorInfo, attrs: BatchMatMulAttrs, bias: TensorInfo | null, relu: boolean): TensorInfo | null {
  const { transposeA, transposeB } = attrs;
  if (!single(a) || !single(b) || a.shape.length !== b.shape.length) return null;
  const [rows, cols] = a.shape.slice(-2) as [number, number];
  const [m, k] = transposeA ? [cols, rows] : [rows, cols];
  const n = b.shape[b.shape.length - (transposeB ? 2 : 1)]!;
  if (m === 0 || k === 0 || n % 4 !== 0 || n === 0) return null;
  if (!biasFits(bias, n)) return null;
  const s = scratch(backend);
  const c = s.alloc(a.shape.length === 3 ? [1, m, n] : [m, n]);
  let bRows = b;
  if (transposeB) {
    bRows = s.alloc([k, n]);
    transposeInto(heapFloats(backend), heapIndex(backend, b), heapIndex(backend, bRows), n, k);
  }
  const aAt = heapIndex(backend, a);
  const epilogue = { bias: bias ? heapIndex(backend, bias) : undefined, relu };
  gemmOn(heapMemory(backend))(transposeA ? { at: aAt, row: 1, col: m } : { at: aAt, row: k, col: 1 }, { at: heapIndex(backend, bRows), ld: n }, { at: heapIndex(backend, c), ld: n }, m, n, k, false, epilogue);
  return s.finish(c);
}

/**
 * The BatchMatMul kernel: [m, k] . [k, n] (or [1, m, k] . [1, k, n], the output of the inputs'
 * rank) with either operand transposed here, the rest by `fallback`.
 */
export function batchMatMulByGemm(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    return multiply(args.backend as KernelBackend, a, b, args.attrs as unknown as BatchMatMulAttrs, null, false) ?? fallback(args);
  };
}

/** The _FusedMatMul kernel for linear and ReLU activations with an [n] bias (or none); the rest by `fallback`. */
export function fusedMatMulByGemm(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const epilogue = gemmEpilogue(args);
    if (!epilogue) return fallback(args);
    return multiply(args.backend as KernelBackend, a, b, args.attrs as unknown as _FusedMatMulAttrs, epilogue.bias, epilogue.relu) ?? fallback(args);
  };
}
