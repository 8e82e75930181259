/**
 * Loads one backend's code on demand (each is its own chunk) and activates it. The wasm
 * binaries are emitted by Vite with hashed names and served from this site.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from './types.ts';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerWasmGradientKernels } from './wasm-kernels.ts';

const loaded = new Set<BackendName>();

async function importBackend(name: BackendName): Promise<void> {
  if (loaded.has(name)) return;
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // setWasmPaths wants all three; the threaded binary is never fetched (threads are off below).
    wasm.setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded });
    // tfjs 4.22's pthread worker (a Blob built from minified source) throws "e is not defined"
    // once bundled; single-threaded SIMD is what the measurements in issue 4 used anyway.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    registerWasmGradientKernels();
  } else if (name === 'webgl') {
    await import('@tensorflow/tfjs-backend-webgl');
  } else if (name === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  } else {
    await import('@tensorflow/tfjs-backend-cpu');
  }
  loaded.add(name);
}

/** Resolves when `name` is the active backend; rejects with a readable reason otherwise. */
export async function activateBackend(name: BackendName): Promise<void> {
  await importBackend(name);
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`the ${name} backend failed to initialise in this browser`);
  await tf.ready();
}

/**
 * Frees a timed-but-unused backend (its GL/GPU context keeps a GPU process busy otherwise).
 * The factory stays registered, so activating it again later re-creates it.
 */
export function releaseBackend(name: BackendName): void {
  const engine = tf.engine();
  const instance = engine.registry[name];
  if (!instance || name === tf.getBackend()) return;
  instance.dispose();
  delete engine.registry[name];
}
