/**
 * The forward Conv2D of training steps as im2col + our GEMM (simd/gemm.ts): y [M, Cout] =
 * col [M, K] . W [K, Cout] chunk by chunk, written straight into the NHWC output. Under a
 * gradient tape tfjs-layers runs conv + bias + ReLU unfused, so this is the Conv2D kernel
 * (inference keeps the backend's FusedConv2D). Shapes our GEMM does not take (Cout not a
 * multiple of 4, NCHW, dilation) go to the backend's own kernel.
 */
import { backend_util, type Conv2DAttrs, type KernelBackend, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { chunkRows } from './conv-grad-matmul.ts';
import { gemmOn } from './simd/gemm.ts';
import { im2col, patchGeometry, patchShape } from './im2col.ts';
import { heapIndex, heapMemory, patchMemory, scratch, type WasmBackend } from './kernel-scratch.ts';

/** The Conv2D kernel: NHWC, undilated, Cout % 4 == 0 float32 convolutions here, the rest by `fallback`. */
export function conv2dByGemm(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { x, filter } = args.inputs as { x: TensorInfo; filter: TensorInfo };
    const { strides, pad, dataFormat, dilations, dimRoundingMode } = args.attrs as unknown as Conv2DAttrs;
    const cout = filter.shape[3]!;
    const undilated = dilations === 1 || (Array.isArray(dilations) && dilations.every((d) => d === 1));
    if (dataFormat !== 'NHWC' || !undilated || cout % 4 !== 0 || x.dtype !== 'float32') return fallback(args);
    const backend = args.backend as KernelBackend;
    const info = backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
    const g = patchGeometry(info);
    const [m, k] = patchShape(g);
    const s = scratch(backend);
    const y = (backend as unknown as WasmBackend).makeOutput([info.batchSize, info.outHeight, info.outWidth, cout], 'float32');
    if (m === 0) return y;
    const chunk = Math.min(m, chunkRows(k));
    const col = s.alloc([chunk, k]);
    const gemm = gemmOn(heapMemory(backend));
    for (let first = 0; first < m; first += chunk) {
      const rows = Math.min(chunk, m - first);
      im2col(patchMemory(backend), heapIndex(backend, x), heapIndex(backend, col), g, first, rows);
      gemm({ at: heapIndex(backend, col), row: k, col: 1 }, { at: heapIndex(backend, filter), ld: cout }, { at: heapIndex(backend, y) + first * cout, ld: cout }, rows, cout, k, false);
    }
    s.free(col);
    return y;
  };
}
