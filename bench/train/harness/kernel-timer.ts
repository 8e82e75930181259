/**
 * Per-kernel wall time on a synchronous backend (wasm): every registered kernel of the backend
 * is wrapped so that a call from the engine adds its duration to its kernel's total. Calls made
 * from inside another kernel (our gradient kernels run BatchMatMul and others) count towards
 * the outer kernel only. Unlike tf.profile, nothing is read back or checked between kernels.
 * Convolution kernels are told apart by layer: their key adds the first input's shape.
 */
import * as tf from '@tensorflow/tfjs-core';

const wrapped = new WeakSet<tf.KernelFunc>();

/** Milliseconds per kernel name since the last `reset`. */
export interface KernelTimer { totals: Map<string, number>; reset(): void }

/**
 * Wraps every kernel of `backend` not wrapped yet; call again after (re-)registering kernels.
 * All wrappers report into the one returned timer.
 */
export function instrumentKernels(backend: string, timer: KernelTimer = createTimer()): KernelTimer {
  for (const config of tf.getKernelsForBackend(backend)) {
    if (wrapped.has(config.kernelFunc)) continue;
    const inner = config.kernelFunc;
    const outer: tf.KernelFunc = (args) => {
      if (depth > 0) return inner(args);
      depth += 1;
      const start = performance.now();
      try {
        return inner(args);
      } finally {
        depth -= 1;
        const first = Object.values(args.inputs)[0];
        const key = /^(Fused)?Conv2D/.test(config.kernelName) && first ? `${config.kernelName} ${first.shape.join('x')}` : config.kernelName;
        timer.totals.set(key, (timer.totals.get(key) ?? 0) + performance.now() - start);
      }
    };
    wrapped.add(outer);
    tf.unregisterKernel(config.kernelName, backend);
    tf.registerKernel({ ...config, kernelFunc: outer });
  }
  return timer;
}

let depth = 0;

function createTimer(): KernelTimer {
  const totals = new Map<string, number>();
  return { totals, reset: () => totals.clear() };
}
