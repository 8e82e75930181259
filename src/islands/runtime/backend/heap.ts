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

/**
 * The float32 values of `tensor` without a copy where it lives on the active wasm backend (a view
 * of its heap: use it before the next allocation), else its dataSync() copy. Packing weights and
 * gradients per step through dataSync made two fresh ~370 KB buffers a step, and touching fresh
 * memory cost ~1.5 ms per buffer on the 2-core VM of issue 17 (page faults; Node reuses memory).
 */
export function floatsOf(tensor: tf.Tensor): Float32Array {
  if (tf.getBackend() === 'wasm' && tensor.dtype === 'float32') {
    const backend = tf.backend() as unknown as { typedArrayFromHeap(info: tf.TensorInfo): Float32Array; dataIdMap: { has(id: object): boolean } };
    if (backend.dataIdMap.has(tensor.dataId)) return backend.typedArrayFromHeap(tensor);
  }
  return tensor.dataSync() as Float32Array;
}
