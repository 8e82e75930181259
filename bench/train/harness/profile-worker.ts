/**
 * Before/after profile of a training step of the seed model on wasm, in a Worker like the
 * trainer: issue 4's frozen convolution-gradient kernels and the matmul ones, interleaved in
 * the same process (alternating which goes first each round), so load from other processes
 * hits both alike. Reports step time and per-kernel time per step (medians over rounds).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { activateBackend } from '../../../src/islands/cnn/backend/load';
import { registerWasmGradientKernels, type ConvGradientKernels } from '../../../src/islands/cnn/backend/wasm-kernels';
import { buildCnn } from '../../../src/islands/cnn/model/build';
import { trainStep } from '../../../src/islands/cnn/training/step';
import { instrumentKernels } from './kernel-timer';
import { trainingFlopsPerImage } from './flops';

export interface ProfileJob { rounds: number; steps: number; batchSize: number }
type Round = { stepMs: number; kernels: Record<string, number> };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function run(job: ProfileJob) {
  await activateBackend('wasm');
  const model = buildCnn();
  const optimizer = tf.train.adam(0.001);
  const x = tf.randomUniform([job.batchSize, 28, 28, 1]) as tf.Tensor4D;
  const y = tf.tensor1d(Array.from({ length: job.batchSize }, (_, i) => i % 10), 'int32');
  const step = async () => {
    const { loss, correct } = trainStep(model, optimizer, x, y);
    await loss.data();
    tf.dispose([loss, correct]);
  };
  const rounds: Record<ConvGradientKernels, Round[]> = { convolution: [], matmul: [] };
  const timer = instrumentKernels('wasm');
  for (let r = 0; r < job.rounds; r++) {
    for (const kernels of (r % 2 ? ['matmul', 'convolution'] : ['convolution', 'matmul']) as ConvGradientKernels[]) {
      registerWasmGradientKernels(kernels);
      instrumentKernels('wasm', timer);
      await step(); // warm-up: first calls of new kernels
      timer.reset();
      const start = performance.now();
      for (let i = 0; i < job.steps; i++) await step();
      const perStep = (ms: number) => ms / job.steps;
      rounds[kernels].push({ stepMs: perStep(performance.now() - start), kernels: Object.fromEntries([...timer.totals].map(([k, ms]) => [k, perStep(ms)])) });
    }
  }
  const flopsPerImage = trainingFlopsPerImage(model);
  tf.dispose([x, y]);
  model.dispose();
  optimizer.dispose();
  const summary = (list: Round[]) => {
    const names = [...new Set(list.flatMap((r) => Object.keys(r.kernels)))];
    const kernels = Object.fromEntries(names.map((n) => [n, median(list.map((r) => r.kernels[n] ?? 0))]).sort((a, b) => (b[1] as number) - (a[1] as number)));
    return { stepMs: median(list.map((r) => r.stepMs)), imagesPerSec: (job.batchSize * 1000) / median(list.map((r) => r.stepMs)), kernelsMsPerStep: kernels, rounds: list.map((r) => r.stepMs) };
  };
  return { ...job, flopsPerImage, before: summary(rounds.convolution), after: summary(rounds.matmul) };
}

onmessage = (e: MessageEvent<ProfileJob>) => {
  run(e.data).then((result) => postMessage({ type: 'done', result }), (error: unknown) => postMessage({ type: 'error', error: error instanceof Error ? error.message : String(error) }));
};
