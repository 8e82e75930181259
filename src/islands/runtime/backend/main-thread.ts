/**
 * TensorFlow.js on the page's own thread, for small islands (a tensor playground, a training loop
 * stepped by hand) whose every operation takes microseconds: a worker would add a message round
 * trip per step and buys nothing. Import this module dynamically, after Start.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { activateBackend } from './load.ts';
import type { BackendChoice, BackendName, BackendPreference } from './types.ts';

/**
 * With 'auto' no timing is done: for tiny tensors the cost of an op is its fixed dispatch overhead,
 * which is lowest on wasm (and cpu), while WebGL/WebGPU pay shader compilation and a GPU readback
 * for every value shown, so they are slower at this size on every device. wasm first, for float32
 * arithmetic identical to the training islands; cpu if wasm cannot start (no WebAssembly).
 */
const AUTO_ORDER: BackendName[] = ['wasm', 'cpu'];

/** TensorFlow.js core (the caller also imports tfjs-layers if it builds models) and the active backend, with why. */
export async function loadTensorFlow(preference: BackendPreference = 'auto'): Promise<BackendChoice & { tf: typeof tf }> {
  if (preference !== 'auto') {
    await activateBackend(preference); // throws a readable error when it is unusable here
    return { tf, backend: preference, reason: `You chose ${preference}.`, timings: [] };
  }
  const failures: string[] = [];
  for (const name of AUTO_ORDER) {
    try {
      await activateBackend(name);
      const why = name === 'wasm' ? 'small tensors run fastest on wasm (WebAssembly), no GPU round trips' : `wasm failed (${failures.join('; ')}), so the plain JavaScript backend runs it`;
      return { tf, backend: name, reason: `Running on ${name}: ${why}.`, timings: [] };
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  throw new Error(`No TensorFlow.js backend works in this browser (${failures.join('; ')}).`);
}
