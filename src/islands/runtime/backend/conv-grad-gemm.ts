/**
 * Conv2D gradients as our own GEMM (simd/gemm.ts) over im2col patch rows, on the wasm
 * backend's heap: no transposed copies, no partial sums (the GEMM reads col^T by strides and
 * accumulates into dW). Same chunking as conv-grad-matmul.ts (patch rows whose patch matrix fits
 * in a core's L2 cache), one patch buffer reused for every chunk. Shapes the GEMM does not take
 * (a product width that is not a multiple of 4, NCHW) go to the XNNPACK products there.
 */
import { backend_util, type Conv2DBackpropFilterAttrs, type Conv2DBackpropInputAttrs, type TensorInfo } from '@tensorflow/tfjs-core';
import { backpropFilterByMatMul, backpropInputByMatMul, chunkRows, type KernelArgs } from './conv-grad-matmul.ts';
import { gemmOn } from './simd/gemm.ts';
import { transposeInto } from './heap-matrix.ts';
import { col2im, im2col, patchGeometry, patchShape } from './im2col.ts';
import { heapFloats, heapIndex, heapMemory, patchMemory, scratch } from './kernel-scratch.ts';

/** dW [KH,KW,Cin,Cout] = col^T . dy, summed over chunks of patch rows; x [N,H,W,Cin], dy [N,OH,OW,Cout]. */
export function backpropFilterByGemm(args: KernelArgs): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  const cout = filterShape[3];
  if (dataFormat !== 'NHWC' || cout % 4 !== 0) return backpropFilterByMatMul(args);
  const g = patchGeometry(backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode));
  const [m, k] = patchShape(g);
  const gemm = gemmOn(heapMemory(backend));
  const s = scratch(backend);
  const dw = s.alloc([k, cout]);
  const chunk = Math.min(m, chunkRows(k));
  const col = s.alloc([chunk, k]);
  for (let first = 0; first < m; first += chunk) {
    const rows = Math.min(chunk, m - first);
    im2col(patchMemory(backend), heapIndex(backend, x), heapIndex(backend, col), g, first, rows);
    const colT = { at: heapIndex(backend, col), row: 1, col: k }; // col^T [K, rows], read in place
    gemm(colT, { at: heapIndex(backend, dy) + first * cout, ld: cout }, { at: heapIndex(backend, dw), ld: cout }, k, cout, rows, first > 0);
  }
  return s.finish(s.run('Reshape', { x: dw }, { shape: filterShape }));
}

/** dx [N,H,W,Cin] = col2im(dy . W^T) over chunks of patch rows; dy [N,OH,OW,Cout], filter [KH,KW,Cin,Cout]. */
export function backpropInputByGemm(args: KernelArgs): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
  const g = patchGeometry(backend_util.computeConv2DInfo(inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode));
  const [m, k] = patchShape(g);
  if (dataFormat !== 'NHWC' || k % 4 !== 0) return backpropInputByMatMul(args);
  const cout = filter.shape[3]!;
  const gemm = gemmOn(heapMemory(backend));
  const s = scratch(backend);
  const wT = s.alloc([cout, k]);
  const dx = s.alloc(inputShape);
  const chunk = Math.min(m, chunkRows(k));
  const colGrad = s.alloc([chunk, k]);
  const heap = heapFloats(backend); // no allocation below, so the view stays attached
  transposeInto(heap, heapIndex(backend, filter), heapIndex(backend, wT), k, cout);
  heap.fill(0, heapIndex(backend, dx), heapIndex(backend, dx) + inputShape.reduce((a, b) => a * b, 1));
  for (let first = 0; first < m; first += chunk) {
    const rows = Math.min(chunk, m - first);
    const dyRows = { at: heapIndex(backend, dy) + first * cout, row: cout, col: 1 };
    gemm(dyRows, { at: heapIndex(backend, wT), ld: k }, { at: heapIndex(backend, colGrad), ld: k }, rows, k, cout, false);
    col2im(patchMemory(backend), heapIndex(backend, colGrad), heapIndex(backend, dx), g, first, rows);
  }
  return s.finish(dx);
}
