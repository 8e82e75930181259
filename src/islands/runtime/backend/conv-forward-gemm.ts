/**
 * The forward convolution as im2col + our GEMM (simd/gemm.ts): y [M, Cout] = col [M, K] .
 * W [K, Cout] chunk by chunk, written straight into the NHWC output. Two kernels: Conv2D (what
 * tfjs-layers runs under a gradient tape: conv, then bias and ReLU as separate ops) and
 * FusedConv2D (the direct training step and inference), whose bias and ReLU are added while
 * each tile of y is still in registers. Shapes our GEMM does not take (Cout not a multiple of 4,
 * NCHW, dilation), other activations and other bias shapes go to the backend's own kernel.
 */
import { backend_util, type Conv2DAttrs, type FusedConv2DAttrs, type KernelBackend, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { chunkRows } from './conv-grad-matmul.ts';
import { biasFits, gemmEpilogue } from './fused-epilogue.ts';
import { gemmOn } from './simd/gemm.ts';
import { im2col, patchGeometry, patchShape } from './im2col.ts';
import { heapIndex, heapMemory, patchMemory, scratch, type WasmBackend } from './kernel-scratch.ts';

/** y = conv(x, filter) (+ bias, then ReLU), or null when our GEMM does not take the shape. */
function convolve(backend: KernelBackend, x: TensorInfo, filter: TensorInfo, attrs: Conv2DAttrs, bias: TensorInfo | null, relu: boolean): TensorInfo | null {
  const { strides, pad, dataFormat, dilations, dimRoundingMode } = attrs;
  const cout = filter.shape[3]!;
  const undilated = dilations === 1 || (Array.isArray(dilations) && dilations.every((d) => d === 1));
  if (dataFormat !== 'NHWC' || !undilated || cout % 4 !== 0 || x.dtype !== 'float32') return null;
  if (!biasFits(bias, cout)) return null;
  const info = backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
  const g = patchGeometry(info);
  const [m, k] = patchShape(g);
  const s = scratch(backend);
  const y = (backend as unknown as WasmBackend).makeOutput([info.batchSize, info.outHeight, info.outWidth, cout], 'float32');
  if (m === 0) return y;
  const chunk = Math.min(m, chunkRows(k));
  const col = s.alloc([chunk, k]);
  const gemm = gemmOn(heapMemory(backend));
  const epilogue = { bias: bias ? heapIndex(backend, bias) : undefined, relu };
  for (let first = 0; first < m; first += chunk) {
    const rows = Math.min(chunk, m - first);
    im2col(patchMemory(backend), heapIndex(backend, x), heapIndex(backend, col), g, first, rows);
    gemm({ at: heapIndex(backend, col), row: k, col: 1 }, { at: heapIndex(backend, filter), ld: cout }, { at: heapIndex(backend, y) + first * cout, ld: cout }, rows, cout, k, false, epilogue);
  }
  s.free(col);
  return y;
}

/** The Conv2D kernel: NHWC, undilated, Cout % 4 == 0 float32 convolutions here, the rest by `fallback`. */
export function conv2dByGemm(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { x, filter } = args.inputs as { x: TensorInfo; filter: TensorInfo };
    return convolve(args.backend as KernelBackend, x, filter, args.attrs as unknown as Conv2DAttrs, null, false) ?? fallback(args);
  };
}

/** The FusedConv2D kernel for linear and ReLU activations with a [Cout] bias (or none); the rest by `fallback`. */
export function fusedConv2dByGemm(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { x, filter } = args.inputs as { x: TensorInfo; filter: TensorInfo };
    const epilogue = gemmEpilogue(args);
    if (!epilogue) return fallback(args);
    return convolve(args.backend as KernelBackend, x, filter, args.attrs as unknown as FusedConv2DAttrs, epilogue.bias, epilogue.relu) ?? fallback(args);
  };
}
