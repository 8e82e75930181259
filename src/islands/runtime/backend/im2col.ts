/**
 * Patch matrices for convolution gradients as matrix products, on one Float32Array (the wasm
 * heap) addressed by element index. A patch row m = (n, oy, ox) holds the input window under
 * output pixel m in filter order (ky, kx, c), so with the filter as a [K = KH*KW*Cin, Cout]
 * matrix, conv2d(x, W) = col [M, K] . W. Outside the input (padding) a patch reads zeros.
 * Dilation is 1, as in every conv gradient TensorFlow.js asks for.
 */
import type { backend_util } from '@tensorflow/tfjs-core';
import type { Runs } from './simd/runs.ts';

/** The geometry of one conv2d, NHWC (field names as in backend_util.Conv2DInfo). */
export interface PatchGeometry {
  batchSize: number; inHeight: number; inWidth: number; inChannels: number;
  outHeight: number; outWidth: number; filterHeight: number; filterWidth: number;
  strideHeight: number; strideWidth: number; padTop: number; padLeft: number;
}

/** The patch geometry of a conv2d from tfjs' Conv2DInfo (its padding flattened to two fields). */
export function patchGeometry(info: backend_util.Conv2DInfo): PatchGeometry {
  return { ...info, padTop: info.padInfo.top, padLeft: info.padInfo.left };
}

/** Rows M and columns K of the patch matrix. */
export function patchShape(g: PatchGeometry): [number, number] {
  return [g.batchSize * g.outHeight * g.outWidth, g.filterHeight * g.filterWidth * g.inChannels];
}

/** The heap and the runs kernel bound to it (simd/runs.ts); the heap view is taken after the last allocation. */
export interface PatchMemory { heap: Float32Array; runs: Runs }

/**
 * Taps of patch row m (output pixel n, oy, ox) for filter row ky one at a time, for windows that
 * reach into the padding: copies (im2col) or adds back (col2im) each tap's channels inside the
 * input; taps outside are zeros in col, skipped by col2im.
 */
function edgeRow(heap: Float32Array, rowStart: number, at: number, x0: number, g: PatchGeometry, add: boolean): void {
  const c = g.inChannels;
  for (let kx = 0; kx < g.filterWidth; kx++) {
    const ix = x0 + kx, to = at + kx * c;
    if (ix < 0 || ix >= g.inWidth) { if (!add) heap.fill(0, to, to + c); continue; }
    const from = rowStart + ix * c;
    if (add) for (let i = 0; i < c; i++) heap[from + i]! += heap[to + i]!;
    else for (let i = 0; i < c; i++) heap[to + i] = heap[from + i]!;
  }
}

/**
 * One pass over patch rows [first, first + rows) of the patch matrix at heap[col..] (its row
 * `first` first): copies input runs into it (im2col), or with `add` adds it back into the input
 * (col2im). Along one output row and filter row, the windows that lie inside the input are
 * whole filter rows of channels at a fixed stride: one call of the wasm runs kernel each.
 */
function pass({ heap, runs }: PatchMemory, x: number, col: number, g: PatchGeometry, first: number, rows: number, add: boolean): void {
  const c = g.inChannels, k = g.filterHeight * g.filterWidth * c, rowLength = g.filterWidth * c;
  // Output columns whose window lies inside the input: ox*sw - left >= 0 and ox*sw - left + KW <= W.
  const insideFrom = Math.ceil(g.padLeft / g.strideWidth), insideTo = Math.floor((g.inWidth - g.filterWidth + g.padLeft) / g.strideWidth) + 1;
  for (let m = first, end = first + rows; m < end;) {
    const ox0 = m % g.outWidth, rowIndex = Math.floor(m / g.outWidth), oy = rowIndex % g.outHeight, n = Math.floor(rowIndex / g.outHeight);
    const stop = Math.min(g.outWidth, ox0 + end - m); // this output row's columns in the range: [ox0, stop)
    const lo = Math.max(ox0, insideFrom), hi = Math.max(lo, Math.min(stop, insideTo));
    for (let ky = 0; ky < g.filterHeight; ky++) {
      const at = col + (m - first - ox0) * k + ky * rowLength; // output column ox of this filter row: at + ox*k
      const iy = oy * g.strideHeight - g.padTop + ky;
      if (iy < 0 || iy >= g.inHeight) {
        if (!add) for (let ox = ox0; ox < stop; ox++) heap.fill(0, at + ox * k, at + ox * k + rowLength);
        continue;
      }
      const rowStart = x + (n * g.inHeight + iy) * g.inWidth * c;
      const window = (ox: number) => rowStart + (ox * g.strideWidth - g.padLeft) * c;
      if (hi > lo) {
        if (add) runs(at + lo * k, k, window(lo), g.strideWidth * c, rowLength, hi - lo, true);
        else runs(window(lo), g.strideWidth * c, at + lo * k, k, rowLength, hi - lo, false);
      }
      for (let ox = ox0; ox < stop; ox++) if (ox < lo || ox >= hi) edgeRow(heap, rowStart, at + ox * k, ox * g.strideWidth - g.padLeft, g, add);
    }
    m += stop - ox0;
  }
}

/** Writes rows [first, first + rows) of the patch matrix [M, K] of the NHWC input at heap[x..] into heap[col..]. */
export function im2col(memory: PatchMemory, x: number, col: number, g: PatchGeometry, first = 0, rows = patchShape(g)[0]): void {
  pass(memory, x, col, g, first, rows, false);
}

/**
 * The adjoint of im2col: adds patch rows [first, first + rows), held at heap[col..], back into
 * the NHWC dx at heap[dx..]. The caller zeroes dx once before the first call.
 */
export function col2im(memory: PatchMemory, col: number, dx: number, g: PatchGeometry, first = 0, rows = patchShape(g)[0]): void {
  pass(memory, dx, col, g, first, rows, true);
}
