/**
 * Patch matrices for convolution gradients as matrix products, on one Float32Array (the wasm
 * heap) addressed by element index. A patch row m = (n, oy, ox) holds the input window under
 * output pixel m in filter order (ky, kx, c), so with the filter as a [K = KH*KW*Cin, Cout]
 * matrix, conv2d(x, W) = col [M, K] . W. Outside the input (padding) a patch reads zeros.
 * Dilation is 1, as in every conv gradient TensorFlow.js asks for.
 */

/** The geometry of one conv2d, NHWC (field names as in backend_util.Conv2DInfo). */
export interface PatchGeometry {
  batchSize: number; inHeight: number; inWidth: number; inChannels: number;
  outHeight: number; outWidth: number; filterHeight: number; filterWidth: number;
  strideHeight: number; strideWidth: number; padTop: number; padLeft: number;
}

/** Rows M and columns K of the patch matrix. */
export function patchShape(g: PatchGeometry): [number, number] {
  return [g.batchSize * g.outHeight * g.outWidth, g.filterHeight * g.filterWidth * g.inChannels];
}

/**
 * One pass over the filter taps of patch rows [first, first + rows) of the patch matrix at
 * heap[col..] (its row `first` first): copies input runs into it (im2col), or with `add`
 * adds it back into the input (col2im). A run is a whole filter row of channels when it lies
 * inside the input, else one tap's channels; taps in the padding are zeros (im2col) or skipped.
 * One function with a flag rather than callbacks: this loop is hot, and calls per run cost.
 */
function pass(heap: Float32Array, x: number, col: number, g: PatchGeometry, first: number, rows: number, add: boolean): void {
  const c = g.inChannels, rowLength = g.filterWidth * c;
  let at = col;
  for (let m = first; m < first + rows; m++) {
    const ox = m % g.outWidth, oy = Math.floor(m / g.outWidth) % g.outHeight, n = Math.floor(m / (g.outWidth * g.outHeight));
    const x0 = ox * g.strideWidth - g.padLeft;
    const inside = x0 >= 0 && x0 + g.filterWidth <= g.inWidth;
    for (let ky = 0; ky < g.filterHeight; ky++, at += rowLength) {
      const iy = oy * g.strideHeight - g.padTop + ky;
      if (iy < 0 || iy >= g.inHeight) { if (!add) heap.fill(0, at, at + rowLength); continue; }
      const rowStart = x + (n * g.inHeight + iy) * g.inWidth * c;
      for (let kx = 0; kx < g.filterWidth; kx += inside ? g.filterWidth : 1) {
        const ix = x0 + kx, length = inside ? rowLength : c, to = at + kx * c;
        if (ix < 0 || ix >= g.inWidth) { if (!add) heap.fill(0, to, to + length); continue; }
        const from = rowStart + ix * c;
        if (add) for (let i = 0; i < length; i++) heap[from + i]! += heap[to + i]!;
        else if (length >= 32) heap.copyWithin(to, from, from + length); // a memmove; its call costs more than a short loop
        else for (let i = 0; i < length; i++) heap[to + i] = heap[from + i]!;
      }
    }
  }
}

/** Writes rows [first, first + rows) of the patch matrix [M, K] of the NHWC input at heap[x..] into heap[col..]. */
export function im2col(heap: Float32Array, x: number, col: number, g: PatchGeometry, first = 0, rows = patchShape(g)[0]): void {
  pass(heap, x, col, g, first, rows, false);
}

/**
 * The adjoint of im2col: adds patch rows [first, first + rows), held at heap[col..], back into
 * the NHWC dx at heap[dx..]. The caller zeroes dx once before the first call.
 */
export function col2im(heap: Float32Array, col: number, dx: number, g: PatchGeometry, first = 0, rows = patchShape(g)[0]): void {
  pass(heap, dx, col, g, first, rows, true);
}
