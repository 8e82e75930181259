/**
 * MaxPoolGrad for the wasm backend, run in JS directly on the wasm heap. The backend's own
 * kernel was the single most expensive op of a training step here (~30% of it), more than
 * either convolution gradient. This pass is one scan of each pooling window per channel row:
 * find the first maximum (TensorFlow's tie rule), add dy there; non-overlapping 2x2 windows (the
 * seed model's pools) take a faster loop: our wasm SIMD kernel (simd/maxpool.ts) when the
 * channels come in groups of 4, else maxpool-grad-tiled.ts.
 */
import { backend_util, type KernelBackend, type MaxPoolGradAttrs, type NamedAttrMap, type NamedTensorInfoMap, type TensorInfo } from '@tensorflow/tfjs-core';
import { heapIndex, heapMemory } from './kernel-scratch.ts';
import { isTiled2x2, maxPoolGradTiled2x2 } from './maxpool-grad-tiled.ts';
import { wasmSimdSupported } from './simd/instantiate.ts';
import { maxPoolGrad2x2On } from './simd/maxpool.ts';

/** The two BackendWasm methods used here (its class is not exported as a type we can import cheaply). */
interface WasmHeap {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
}

type KernelArgs = { inputs: NamedTensorInfoMap; backend: KernelBackend; attrs?: NamedAttrMap };

/** MaxPoolGrad, with the tiled 2x2 loop where it applies (the default kernel). */
export const maxPoolGrad = (args: KernelArgs): TensorInfo => poolGrad(args, true);
/** MaxPoolGrad as issue 4 left it, the general scan only: frozen for bench/train's baseline loop. */
export const maxPoolGradScan = (args: KernelArgs): TensorInfo => poolGrad(args, false);

function poolGrad({ inputs, backend, attrs }: KernelArgs, tiled: boolean): TensorInfo {
  const { dy, input } = inputs as { dy: TensorInfo; input: TensorInfo };
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  const info = backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
  const heap = backend as unknown as WasmHeap;
  const dxInfo = heap.makeOutput(input.shape, 'float32');
  // Views are taken after the allocation: growing wasm memory would detach earlier ones.
  const x = heap.typedArrayFromHeap(input);
  const dyv = heap.typedArrayFromHeap(dy);
  const dx = heap.typedArrayFromHeap(dxInfo);
  dx.fill(0);
  if (tiled && isTiled2x2(info)) {
    if (info.inChannels % 4 === 0 && wasmSimdSupported()) maxPoolGrad2x2On(heapMemory(backend), heapIndex(backend, input), heapIndex(backend, dy), heapIndex(backend, dxInfo), info);
    else maxPoolGradTiled2x2(x, dyv, dx, info);
    return dxInfo;
  }
  const { batchSize, inHeight, inWidth, inChannels: c, outHeight, outWidth, strideHeight, strideWidth, dilationHeight, dilationWidth } = info;
  const { effectiveFilterHeight: fh, effectiveFilterWidth: fw } = info;
  const { top, left } = info.padInfo;
  const best = new Float32Array(c);
  const at = new Int32Array(c);
  for (let b = 0; b < batchSize; b++) {
    const xBatch = b * inHeight * inWidth * c;
    for (let oy = 0; oy < outHeight; oy++) {
      for (let ox = 0; ox < outWidth; ox++) {
        best.fill(-Infinity);
        at.fill(-1);
        for (let wy = 0; wy < fh; wy += dilationHeight) {
          const iy = oy * strideHeight - top + wy;
          if (iy < 0 || iy >= inHeight) continue;
          for (let wx = 0; wx < fw; wx += dilationWidth) {
            const ix = ox * strideWidth - left + wx;
            if (ix < 0 || ix >= inWidth) continue;
            const base = xBatch + (iy * inWidth + ix) * c;
            for (let ch = 0; ch < c; ch++) {
              const v = x[base + ch]!;
              // Strictly greater keeps the first maximum; `at < 0` also accepts a window of NaN/-Infinity.
              if (v > best[ch]! || at[ch]! < 0) { best[ch] = v; at[ch] = base + ch; }
            }
          }
        }
        const dyBase = ((b * outHeight + oy) * outWidth + ox) * c;
        for (let ch = 0; ch < c; ch++) if (at[ch]! >= 0) dx[at[ch]!]! += dyv[dyBase + ch]!;
      }
    }
  }
  return dxInfo;
}
