/**
 * Sum over all axes but the last, on the wasm backend: the bias gradients of conv and dense
 * layers (dy [N,H,W,C] summed to [C]). The backend's own Sum moves the reduced axes innermost
 * with a full Transpose first, which cost more than the sum itself (bench:train:profile: ~4 ms
 * of a step, mostly the first conv layer's 1.4M-element dy). Here it is one pass of column sums
 * over the [rows, C] view, accumulated in float64: our wasm SIMD kernel (simd/column-sums.ts) when
 * C is a multiple of 16, else a JS loop. Every other reduction goes to `fallback`.
 */
import { util, type KernelBackend, type KernelFunc, type SumAttrs, type TensorInfo } from '@tensorflow/tfjs-core';
import { heapFloats, heapIndex, heapMemory, type WasmBackend } from './kernel-scratch.ts';
import { columnSumsFit, columnSumsOn } from './simd/column-sums.ts';
import { wasmSimdSupported } from './simd/instantiate.ts';

/** True when `axes` of a rank-`rank` tensor are exactly 0 .. rank-2 (in any order). */
export function isLeadingAxes(axes: number[], rank: number): boolean {
  return rank >= 2 && axes.length === rank - 1 && [...axes].sort((a, b) => a - b).every((a, i) => a === i);
}

/** The Sum kernel: leading-axes float32 sums here, the rest by `fallback` (the backend's kernel). */
export function sumLeadingAxes(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const x = args.inputs.x as TensorInfo;
    const { axis, keepDims } = args.attrs as unknown as SumAttrs;
    const rank = x.shape.length;
    if (x.dtype !== 'float32' || !isLeadingAxes(util.parseAxisParam(axis, x.shape), rank)) return fallback(args);
    const channels = x.shape[rank - 1]!;
    const rows = util.sizeFromShape(x.shape) / channels;
    const backend = args.backend as KernelBackend;
    const out = (backend as unknown as WasmBackend).makeOutput(keepDims ? [...new Array<number>(rank - 1).fill(1), channels] : [channels], 'float32');
    if (columnSumsFit(channels) && wasmSimdSupported()) {
      columnSumsOn(heapMemory(backend), heapIndex(backend, x), rows, channels, heapIndex(backend, out));
      return out;
    }
    const heap = heapFloats(backend); // after the allocation, which may grow the heap
    const sums = new Float64Array(channels);
    for (let r = 0, i = heapIndex(backend, x); r < rows; r++) {
      for (let c = 0; c < channels; c++, i++) sums[c]! += heap[i]!;
    }
    heap.set(sums, heapIndex(backend, out));
    return out;
  };
}
