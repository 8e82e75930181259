/**
 * How far the wasm backend's linear memory has grown. Tensors on wasm live there, outside the
 * JS heap, so the browser's memory API misses them; the memory never shrinks, so this is a peak.
 */
import * as tf from '@tensorflow/tfjs-core';

/** Bytes of the active wasm backend's memory; null when another backend is active. */
export function wasmHeapBytes(): number | null {
  if (tf.getBackend() !== 'wasm') return null;
  const backend = tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } };
  return backend.wasm?.HEAPU8?.buffer.byteLength ?? null;
}
