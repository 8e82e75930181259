import { describe, expect, it } from 'vitest';
import { col2im, im2col, patchShape, type PatchGeometry } from './im2col';
import { runsOn } from './simd/runs';

const geometries: PatchGeometry[] = [
  // the seed model's first layer, a padded stride-2 window, and wide channel runs
  { batchSize: 2, inHeight: 6, inWidth: 6, inChannels: 1, outHeight: 4, outWidth: 4, filterHeight: 3, filterWidth: 3, strideHeight: 1, strideWidth: 1, padTop: 0, padLeft: 0 },
  { batchSize: 1, inHeight: 5, inWidth: 7, inChannels: 3, outHeight: 3, outWidth: 4, filterHeight: 3, filterWidth: 2, strideHeight: 2, strideWidth: 2, padTop: 1, padLeft: 0 },
  { batchSize: 2, inHeight: 4, inWidth: 4, inChannels: 40, outHeight: 4, outWidth: 4, filterHeight: 3, filterWidth: 3, strideHeight: 1, strideWidth: 1, padTop: 1, padLeft: 1 },
];

/** The definition, one element at a time: col[m, (ky, kx, c)] = x[n, oy*sh - top + ky, ox*sw - left + kx, c] or 0. */
function naive(x: Float32Array, g: PatchGeometry): Float32Array {
  const [m, k] = patchShape(g);
  const col = new Float32Array(m * k);
  let at = 0;
  for (let n = 0; n < g.batchSize; n++) for (let oy = 0; oy < g.outHeight; oy++) for (let ox = 0; ox < g.outWidth; ox++) {
    for (let ky = 0; ky < g.filterHeight; ky++) for (let kx = 0; kx < g.filterWidth; kx++) for (let c = 0; c < g.inChannels; c++) {
      const iy = oy * g.strideHeight - g.padTop + ky, ix = ox * g.strideWidth - g.padLeft + kx;
      const inside = iy >= 0 && iy < g.inHeight && ix >= 0 && ix < g.inWidth;
      col[at++] = inside ? x[((n * g.inHeight + iy) * g.inWidth + ix) * g.inChannels + c]! : 0;
    }
  }
  return col;
}

/** A Float32Array of `length` on a wasm memory, with the runs kernel on that memory. */
function wasmHeap(length: number) {
  const memory = new WebAssembly.Memory({ initial: Math.ceil((length * 4) / 65536) });
  return { heap: new Float32Array(memory.buffer, 0, length), runs: runsOn(memory) };
}

const random = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 43758.5453 % 1);

describe('im2col / col2im', () => {
  it.each(geometries)('im2col matches the definition (%#), at any heap offsets and row ranges', (g) => {
    const size = g.batchSize * g.inHeight * g.inWidth * g.inChannels;
    const [m, k] = patchShape(g);
    const memory = wasmHeap(7 + size + m * k);
    const heap = memory.heap.fill(NaN); // NaN: unwritten cells would show
    const x = random(size, 1);
    heap.set(x, 7);
    im2col(memory, 7, 7 + size, g, 0, 3); // in two calls, as the kernels do chunk by chunk
    im2col(memory, 7, 7 + size + 3 * k, g, 3, m - 3);
    expect(Array.from(heap.subarray(7 + size))).toEqual(Array.from(naive(x, g)));
  });

  it.each(geometries)('col2im is the adjoint of im2col (%#): <im2col(x), c> = <x, col2im(c)>', (g) => {
    const size = g.batchSize * g.inHeight * g.inWidth * g.inChannels;
    const [m, k] = patchShape(g);
    const x = random(size, 2), c = random(m * k, 3);
    const memory = wasmHeap(m * k + size);
    const heap = memory.heap.fill(NaN);
    heap.set(c, 0);
    heap.fill(0, m * k);
    col2im(memory, 0, m * k, g, 0, 1); // in two calls, as the kernels do chunk by chunk
    col2im(memory, k, m * k, g, 1, m - 1);
    const left = naive(x, g).reduce((sum, v, i) => sum + v * c[i]!, 0);
    const right = heap.subarray(m * k).reduce((sum, v, i) => sum + v * x[i]!, 0);
    expect(right).toBeCloseTo(left, 3);
  });
});
