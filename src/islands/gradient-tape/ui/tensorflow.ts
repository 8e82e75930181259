/**
 * TensorFlow.js on the page's own thread (each step of this tiny model takes milliseconds, so a
 * worker would only add round trips): wasm with module 4's gradient kernels, else plain cpu.
 * Belongs in the shared runtime (runtime/backend main-thread loader); kept here until it lands.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activateBackend } from '~/islands/cnn/backend/load';

/** Activates the first backend that starts and returns its name. */
export async function startTensorFlow(): Promise<string> {
  const failures: string[] = [];
  for (const name of ['wasm', 'cpu'] as const) {
    try {
      await activateBackend(name);
      return tf.getBackend();
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  throw new Error(`No TensorFlow.js backend works in this browser (${failures.join('; ')}).`);
}
