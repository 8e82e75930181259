/**
 * Before/after profile of a training step of the seed model on wasm, in a Worker like the
 * trainer: issue 4's frozen convolution-gradient kernels through tfjs's tape with tfjs's Adam
 * ('before'), our GEMM kernels (the default) with HostAdam through the tape ('tape') and without
 * it ('after', the trainer's step), interleaved in the same process (alternating the order each
 * round), so load from other processes hits all alike. Reports step time and each kernel's time per step, as the median and the
 * minimum over all steps: on a shared machine the minimum is the closest to the unloaded cost.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { activateBackend } from '../../../src/islands/runtime/backend/load';
import { registerWasmGradientKernels, type ConvGradientKernels } from '../../../src/islands/runtime/backend/wasm-kernels';
import { buildCnn } from '../../../src/islands/cnn/model/build';
import { adamFor } from '../../../src/islands/runtime/training/host-adam';
import { tapeStep, trainStep, type StepResult } from '../../../src/islands/runtime/training/step';
import { instrumentKernels, type KernelTimer } from './kernel-timer';
import { trainingFlopsPerImage } from './flops';

export interface ProfileJob { rounds: number; steps: number; batchSize: number }
type Step = { stepMs: number; kernels: Record<string, number> };

/** `optimizer` with its applyGradients timed into `timer` as "Adam (one pass)". */
function timedAdam(optimizer: tf.Optimizer, timer: KernelTimer): tf.Optimizer {
  const apply = optimizer.applyGradients.bind(optimizer);
  optimizer.applyGradients = (grads) => {
    const start = performance.now();
    apply(grads);
    timer.totals.set('Adam (one pass)', (timer.totals.get('Adam (one pass)') ?? 0) + performance.now() - start);
  };
  return optimizer;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function run(job: ProfileJob) {
  await activateBackend('wasm');
  const model = buildCnn();
  const x = tf.randomUniform([job.batchSize, 28, 28, 1]) as tf.Tensor4D;
  const y = tf.tensor1d(Array.from({ length: job.batchSize }, (_, i) => i % 10), 'int32');
  const timer = instrumentKernels('wasm');
  // Issue 4's set is timed with tfjs's Adam, as it shipped; the others with HostAdam, which calls
  // no kernels, so its one pass is timed as a row of its own.
  const tfjsAdam = tf.train.adam(0.001);
  const hostAdam = timedAdam(adamFor(0.001), timer);
  type Variant = 'before' | 'tape' | 'after';
  type Stepper = (m: typeof model, o: tf.Optimizer, a: tf.Tensor4D, b: tf.Tensor1D) => StepResult;
  const variants: Record<Variant, { kernels: ConvGradientKernels; optimizer: tf.Optimizer; step: Stepper }> = {
    before: { kernels: 'convolution', optimizer: tfjsAdam, step: tapeStep },
    tape: { kernels: 'gemm', optimizer: hostAdam, step: tapeStep },
    after: { kernels: 'gemm', optimizer: hostAdam, step: trainStep },
  };
  const step = async ({ optimizer, step: stepper }: (typeof variants)[Variant]) => {
    const { loss, correct } = stepper(model, optimizer, x, y);
    await loss.data();
    tf.dispose([loss, correct]);
  };
  const steps: Record<Variant, Step[]> = { before: [], tape: [], after: [] };
  for (let r = 0; r < job.rounds; r++) {
    for (const name of (r % 2 ? ['after', 'tape', 'before'] : ['before', 'tape', 'after']) as Variant[]) {
      registerWasmGradientKernels(variants[name].kernels);
      instrumentKernels('wasm', timer);
      await step(variants[name]); // warm-up: first calls of new kernels
      for (let i = 0; i < job.steps; i++) {
        timer.reset();
        const start = performance.now();
        await step(variants[name]);
        steps[name].push({ stepMs: performance.now() - start, kernels: Object.fromEntries(timer.totals) });
      }
    }
  }
  const flopsPerImage = trainingFlopsPerImage(model);
  tf.dispose([x, y]);
  model.dispose();
  tfjsAdam.dispose();
  hostAdam.dispose();
  const summary = (list: Step[]) => {
    const names = [...new Set(list.flatMap((r) => Object.keys(r.kernels)))];
    const stat = (pick: (values: number[]) => number) => Object.fromEntries(names.map((n) => [n, pick(list.map((r) => r.kernels[n] ?? 0))]).sort((a, b) => (b[1] as number) - (a[1] as number)));
    const stepMs = median(list.map((r) => r.stepMs));
    const minStepMs = Math.min(...list.map((r) => r.stepMs));
    return { stepMs, minStepMs, imagesPerSec: (job.batchSize * 1000) / stepMs, kernelsMsPerStep: stat(median), minKernelsMsPerStep: stat((v) => Math.min(...v)) };
  };
  return { ...job, flopsPerImage, before: summary(steps.before), after: summary(steps.after), tape: summary(steps.tape) };
}

onmessage = (e: MessageEvent<ProfileJob>) => {
  run(e.data).then((result) => postMessage({ type: 'done', result }), (error: unknown) => postMessage({ type: 'error', error: error instanceof Error ? error.message : String(error) }));
};
