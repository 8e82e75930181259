/**
 * One core's share of the peak estimate: the wasm-SIMD multiply/add loop (simd-peak.ts) and,
 * when asked, the GFLOP/s of a large XNNPACK matmul on the wasm backend (what a GEMM in
 * tfjs-backend-wasm reaches in practice, with its weights packed once).
 */
import * as tf from '@tensorflow/tfjs-core';
import { activateBackend } from '../../../src/islands/runtime/backend/load';
import { measurePeak } from './simd-peak';

export interface PeakJob { ms: number; matmul: boolean }

async function matmulGflops(size: number): Promise<number> {
  await activateBackend('wasm');
  const a = tf.randomUniform([size, size]);
  const b = tf.randomUniform([size, size]);
  let best = Infinity;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    const c = tf.matMul(a, b);
    c.dataSync();
    if (i > 0) best = Math.min(best, performance.now() - start);
    c.dispose();
  }
  tf.dispose([a, b]);
  return (2 * size ** 3) / best / 1e6;
}

onmessage = async (e: MessageEvent<PeakJob>) => {
  try {
    const simd = measurePeak(e.data.ms);
    postMessage({ type: 'done', simdGflops: simd, matmulGflops: e.data.matmul ? await matmulGflops(1024) : null });
  } catch (error) {
    postMessage({ type: 'error', error: error instanceof Error ? error.message : String(error) });
  }
};
