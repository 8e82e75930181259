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
 * Visits every filter tap of patch rows [first, first + rows): `run(colAt, xAt, length)` for
 * `length` elements that exist in the input, `gap(colAt, length)` for those in the padding
 * (colAt counts from row `first`). Runs are as long as the geometry allows (a whole filter row
 * of channels when it lies inside the input).
 */
function visit(g: PatchGeometry, first: number, rows: number, run: (colAt: number, xAt: number, length: number) => void, gap: (colAt: number, length: number) => void): void {
  const c = g.inChannels, rowLength = g.filterWidth * c;
  let colAt = 0;
  for (let m = first; m < first + rows; m++) {
    const ox = m % g.outWidth, oy = Math.floor(m / g.outWidth) % g.outHeight, n = Math.floor(m / (g.outWidth * g.outHeight));
    const x0 = ox * g.strideWidth - g.padLeft;
    for (let ky = 0; ky < g.filterHeight; ky++, colAt += rowLength) {
      const iy = oy * g.strideHeight - g.padTop + ky;
      if (iy < 0 || iy >= g.inHeight) { gap(colAt, rowLength); continue; }
      const rowStart = ((n * g.inHeight + iy) * g.inWidth) * c;
      if (x0 >= 0 && x0 + g.filterWidth <= g.inWidth) { run(colAt, rowStart + x0 * c, rowLength); continue; }
      for (let kx = 0; kx < g.filterWidth; kx++) {
        const ix = x0 + kx;
        if (ix < 0 || ix >= g.inWidth) gap(colAt + kx * c, c);
        else run(colAt + kx * c, rowStart + ix * c, c);
      }
    }
  }
}

/** Writes rows [first, first + rows) of the patch matrix [M, K] of the NHWC input at heap[x..] into heap[col..]. */
export function im2col(heap: Float32Array, x: number, col: number, g: PatchGeometry, first = 0, rows = patchShape(g)[0]): void {
  visit(g, first, rows, (colAt, xAt, length) => {
    const to = col + colAt, from = x + xAt;
    // copyWithin is a memmove, but its call costs more than a short loop.
    if (length >= 32) heap.copyWithin(to, from, from + length);
    else for (let i = 0; i < length; i++) heap[to + i] = heap[from + i]!;
  }, (colAt, length) => heap.fill(0, col + colAt, col + colAt + length));
}

/**
 * The adjoint of im2col: adds patch rows [first, first + rows), held at heap[col..], back into
 * the NHWC dx at heap[dx..]. The caller zeroes dx once before the first call.
 */
export function col2im(heap: Float32Array, col: number, dx: number, g: PatchGeometry, first = 0, rows = patchShape(g)[0]): void {
  visit(g, first, rows, (colAt, xAt, length) => {
    const from = col + colAt, to = dx + xAt;
    for (let i = 0; i < length; i++) heap[to + i]! += heap[from + i]!;
  }, () => undefined);
}
