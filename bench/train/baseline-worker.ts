/**
 * The baseline the bench compares against, written the way the TensorFlow.js MNIST example
 * trains: the whole training set copied to one float32 tensor (plus one-hot float labels),
 * model.fit with categorical cross-entropy, and per-batch callbacks that read values back and
 * wait for the next frame. Same model, same backend and data; on wasm it trains with the gradient
 * kernels as they were when the bench was written (issue 4), not the current ones.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { wasmHeapBytes } from '../../src/islands/runtime/backend/heap';
import { activateBackend } from '../../src/islands/runtime/backend/load';
import { registerWasmGradientKernels } from '../../src/islands/runtime/backend/wasm-kernels';
import { loadMnist } from '../../src/islands/runtime/mnist/loader';
import type { Split } from '../../src/islands/runtime/mnist/shards';
import { buildCnn } from '../../src/islands/cnn/model/build';
import type { BackendName } from '../../src/islands/runtime/backend/types';

interface Job { backend: BackendName; epochs: number; batchSize: number; validationSplit: number }

function asTensors(split: Split): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
  const floats = new Float32Array(split.pixels.length);
  for (let i = 0; i < floats.length; i++) floats[i] = split.pixels[i]! / 255;
  const oneHot = new Float32Array(split.count * 10);
  for (let i = 0; i < split.count; i++) oneHot[i * 10 + split.labels[i]!] = 1;
  return { xs: tf.tensor4d(floats, [split.count, 28, 28, 1]), ys: tf.tensor2d(oneHot, [split.count, 10]) };
}

async function run(job: Job): Promise<void> {
  await activateBackend(job.backend);
  // Issue 4's gradient kernels, frozen: faster kernels since then must show up in the ratio.
  if (job.backend === 'wasm') registerWasmGradientKernels('convolution');
  const data = await loadMnist('full', () => undefined);
  const train = asTensors(data.train);
  const test = asTensors(data.test);
  const model = buildCnn();
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  let epochStart = 0, trainSeconds = 0, batches = 0;
  const started = performance.now();
  await model.fit(train.xs, train.ys, {
    batchSize: job.batchSize, epochs: job.epochs, validationSplit: job.validationSplit, shuffle: true,
    callbacks: {
      onEpochBegin: async () => { epochStart = performance.now(); },
      onBatchEnd: async (_batch, logs) => {
        batches += 1;
        if (batches % 20 === 0) postMessage({ type: 'batch', loss: logs?.loss, acc: logs?.acc });
        await tf.nextFrame();
      },
      onEpochEnd: async (epoch, logs) => {
        const seconds = (performance.now() - epochStart) / 1000;
        trainSeconds += seconds;
        const [, acc] = model.evaluate(test.xs, test.ys, { batchSize: 500 }) as tf.Scalar[];
        const testAccuracy = (await acc!.data())[0]!;
        const { numTensors, numBytes } = tf.memory();
        postMessage({ type: 'epoch', epoch, seconds, trainSeconds, valAccuracy: logs?.val_acc, testAccuracy, numTensors, tensorBytes: numBytes, wasmHeapBytes: wasmHeapBytes() });
      },
    },
  });
  postMessage({ type: 'done', totalSeconds: (performance.now() - started) / 1000, trainSeconds });
  tf.dispose([train.xs, train.ys, test.xs, test.ys]);
  model.dispose();
}

onmessage = (e: MessageEvent<Job>) => {
  run(e.data).catch((error: unknown) => postMessage({ type: 'error', error: error instanceof Error ? error.message : String(error) }));
};
