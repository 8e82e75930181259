/**
 * Conv2D gradients as matrix products on the wasm backend, where BatchMatMul of two rank-2,
 * untransposed float32 matrices runs XNNPACK's GEMM (a transpose flag or batch > 1 takes its
 * slow loop instead, so transposes are done here, heap-matrix.ts):
 *  - dW [K, Cout] = col(x)^T . dy, with col the [M, K] patch matrix of x (im2col.ts),
 *  - dx = col2im(dy . W^T), adding each patch's gradient back into the input.
 * Both run over chunks of patch rows whose patch matrix fits in 512 KiB (a core's L2 cache):
 * XNNPACK's GEMM does not block its inner dimension, so dW's sum over all M = N*OH*OW rows in
 * one product streams from memory, and a chunk needs a fraction of the whole matrix's memory.
 * Every NHWC shape is supported; NCHW (which the wasm backend's forward Conv2D refuses too)
 * goes to the convolution kernels of issue 4 (conv-grad-convolution.ts), which say so.
 */
import {
  backend_util, type Conv2DBackpropFilterAttrs, type Conv2DBackpropInputAttrs, type KernelBackend,
  type NamedAttrMap, type NamedTensorInfoMap, type TensorInfo,
} from '@tensorflow/tfjs-core';
import { backpropFilterByConvolution, backpropInputByConvolution } from './conv-grad-convolution.ts';
import { addInto, transposeInto } from './heap-matrix.ts';
import { col2im, im2col, patchGeometry, patchShape } from './im2col.ts';
import { heapFloats, heapIndex, patchMemory, scratch } from './kernel-scratch.ts';

/** What tfjs passes a kernel function. */
export type KernelArgs = { inputs: NamedTensorInfoMap; backend: KernelBackend; attrs?: NamedAttrMap };

const CHUNK_FLOATS = 1 << 17;
const plain = { transposeA: false, transposeB: false };

/** Patch rows per product: as many as fit in CHUNK_FLOATS (128 Ki floats), at most 4,096 and at least 1. */
export function chunkRows(patchLength: number): number {
  return Math.max(1, Math.min(4096, Math.floor(CHUNK_FLOATS / patchLength)));
}

/** dW [KH,KW,Cin,Cout] of a conv2d from x [N,H,W,Cin] and dy [N,OH,OW,Cout]. */
export function backpropFilterByMatMul(args: KernelArgs): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  if (dataFormat !== 'NHWC') return backpropFilterByConvolution(args);
  const g = patchGeometry(backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode));
  const [m, k] = patchShape(g);
  const cout = filterShape[3];
  // Few patch columns (the first layer: K = 9): col^T . dy, a GEMM with K rows. Otherwise
  // dy^T . col, with Cout rows and K (a multiple of XNNPACK's 8-wide tiles) columns.
  const colRows = k <= cout;
  const s = scratch(backend);
  const sum = s.alloc(colRows ? [k, cout] : [cout, k]);
  heapFloats(backend).fill(0, heapIndex(backend, sum), heapIndex(backend, sum) + k * cout);
  const chunk = chunkRows(k);
  for (let first = 0; first < m; first += chunk) {
    const rows = Math.min(chunk, m - first);
    // New tensors every chunk: XNNPACK keeps B packed under its tensor id, so B is never rewritten.
    const col = s.alloc([rows, k]);
    const a = s.alloc(colRows ? [k, rows] : [cout, rows]);
    const b = colRows ? s.alloc([rows, cout]) : col;
    const heap = heapFloats(backend);
    im2col(patchMemory(backend), heapIndex(backend, x), heapIndex(backend, col), g, first, rows);
    const dyAt = heapIndex(backend, dy) + first * cout;
    if (colRows) {
      transposeInto(heap, heapIndex(backend, col), heapIndex(backend, a), rows, k);
      heap.copyWithin(heapIndex(backend, b), dyAt, dyAt + rows * cout);
    } else transposeInto(heap, dyAt, heapIndex(backend, a), rows, cout);
    const part = s.run('BatchMatMul', { a, b }, plain);
    addInto(heapFloats(backend), heapIndex(backend, part), heapIndex(backend, sum), k * cout);
    s.free(...new Set([col, a, b, part]));
  }
  let dw = sum;
  if (!colRows) {
    dw = s.alloc([k, cout]);
    transposeInto(heapFloats(backend), heapIndex(backend, sum), heapIndex(backend, dw), cout, k);
  }
  return s.finish(s.run('Reshape', { x: dw }, { shape: filterShape }));
}

/** dx [N,H,W,Cin] of a conv2d from dy [N,OH,OW,Cout] and the filter [KH,KW,Cin,Cout]. */
export function backpropInputByMatMul(args: KernelArgs): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
  if (dataFormat !== 'NHWC') return backpropInputByConvolution(args);
  const g = patchGeometry(backend_util.computeConv2DInfo(inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode));
  const [m, k] = patchShape(g);
  const cout = filter.shape[3]!;
  const s = scratch(backend);
  const wT = s.alloc([cout, k]); // B of every chunk's product: packed once per call
  const dx = s.alloc(inputShape);
  let heap = heapFloats(backend);
  transposeInto(heap, heapIndex(backend, filter), heapIndex(backend, wT), k, cout);
  heap.fill(0, heapIndex(backend, dx), heapIndex(backend, dx) + inputShape.reduce((a, b) => a * b, 1));
  const chunk = chunkRows(k);
  for (let first = 0; first < m; first += chunk) {
    const rows = Math.min(chunk, m - first);
    const dyRows = s.alloc([rows, cout]);
    heap = heapFloats(backend);
    const dyAt = heapIndex(backend, dy) + first * cout;
    heap.copyWithin(heapIndex(backend, dyRows), dyAt, dyAt + rows * cout);
    const colGrad = s.run('BatchMatMul', { a: dyRows, b: wT }, plain);
    col2im(patchMemory(backend), heapIndex(backend, colGrad), heapIndex(backend, dx), g, first, rows);
    s.free(dyRows, colGrad);
  }
  return s.finish(dx);
}
