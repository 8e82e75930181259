/**
 * One full training run for bench:train:accuracy, in its own worker(s): the island's real
 * training worker held to one worker (a remembered wasm choice with `workers: 1`, so several
 * runs can share the cores without helpers of their own), or the tfjs-examples-style baseline.
 * Test accuracy (fraction in [0, 1]) after every epoch, and each epoch's seconds.
 */
import type { Event, Replies, Request, TrainConfig } from '../../../src/islands/cnn/protocol';
import { WorkerClient } from '../../../src/islands/runtime/worker/client';

export type Arm = 'engine' | 'baseline';
export interface AccuracyRun { arm: Arm; testAccuracy: number[]; epochSeconds: number[] }

const recipe: TrainConfig = { epochs: 1, batchSize: 64, learningRate: 0.001, dropout: 0, validationSplit: 0.2, preset: 'full' };

const trainer = () => new WorkerClient<Request, Replies, Event>(new Worker(new URL('../../../src/islands/cnn/worker.ts', import.meta.url), { type: 'module', name: 'cnn-trainer' }));

/** This device's key as the training worker computes it (what a remembered choice must match). */
export async function deviceKey(): Promise<string> {
  const client = trainer();
  try {
    return (await client.request({ type: 'init', backend: 'wasm' })).device;
  } finally {
    client.terminate();
  }
}

async function engineRun(epochs: number, device: string): Promise<AccuracyRun> {
  const client = trainer();
  try {
    const init = await client.request({ type: 'init', backend: 'auto', remembered: { device, backend: 'wasm', workers: 1 } });
    if (init.backend !== 'wasm' || init.workers !== 1) throw new Error(`expected one wasm worker, got ${init.workers} on ${init.backend}`);
    await client.request({ type: 'load-data', preset: recipe.preset });
    await client.request({ type: 'build', config: recipe });
    const run: AccuracyRun = { arm: 'engine', testAccuracy: [], epochSeconds: [] };
    for (let i = 0; i < epochs; i++) {
      const t0 = performance.now();
      await client.request({ type: 'train', config: recipe });
      run.epochSeconds.push((performance.now() - t0) / 1000);
      run.testAccuracy.push((await client.request({ type: 'evaluate' })).accuracy);
    }
    return run;
  } finally {
    client.terminate();
  }
}

type BaselineMessage = { type: 'epoch'; seconds: number; testAccuracy: number } | { type: 'done' } | { type: 'error'; error: string } | { type: 'batch' };

function baselineRun(epochs: number): Promise<AccuracyRun> {
  const worker = new Worker(new URL('../baseline-worker.ts', import.meta.url), { type: 'module', name: 'baseline' });
  const run: AccuracyRun = { arm: 'baseline', testAccuracy: [], epochSeconds: [] };
  return new Promise<AccuracyRun>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<BaselineMessage>) => {
      if (e.data.type === 'epoch') {
        run.testAccuracy.push(e.data.testAccuracy);
        run.epochSeconds.push(e.data.seconds);
      } else if (e.data.type === 'done') resolve(run);
      else if (e.data.type === 'error') reject(new Error(e.data.error));
    };
    worker.postMessage({ backend: 'wasm', epochs, batchSize: recipe.batchSize, validationSplit: recipe.validationSplit });
  }).finally(() => worker.terminate());
}

/** `epochs` epochs of the seed recipe on wasm in one worker; `device` from deviceKey(). */
export function accuracyRun(arm: Arm, epochs: number, device: string): Promise<AccuracyRun> {
  return arm === 'engine' ? engineRun(epochs, device) : baselineRun(epochs);
}
