/**
 * Small row-major matrix moves on one Float32Array (the wasm heap), addressed by element index.
 * Done here in JS because the wasm backend's Slice and Transpose kernels cost far more per call
 * than these loops on the chunk-sized matrices of conv-grad-matmul.ts (measured in Node 24).
 */

/** Writes the transpose [cols, rows] of the [rows, cols] matrix at heap[from..] to heap[to..]. */
export function transposeInto(heap: Float32Array, from: number, to: number, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const row = from + r * cols;
    for (let c = 0; c < cols; c++) heap[to + c * rows + r] = heap[row + c]!;
  }
}

/** heap[to + i] += heap[from + i] for i < length. */
export function addInto(heap: Float32Array, from: number, to: number, length: number): void {
  for (let i = 0; i < length; i++) heap[to + i]! += heap[from + i]!;
}
