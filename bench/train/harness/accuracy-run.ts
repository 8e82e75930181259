/**
 * One full training run for bench:train:accuracy, in its own worker(s): the island's real
 * training worker held to one worker (a remembered wasm choice with `workers: 1`, so several
 * runs can share the cores without helpers of their own), or the tfjs-examples-style baseline.
 * Test accuracy (fraction in [0, 1]) after every epoch, and each epoch's seconds.
 */
import { SEED_RECIPE, type Event, type Replies, type Request, type TrainConfig } from '../../../src/islands/cnn/protocol';
import { WorkerClient } from '../../../src/islands/runtime/worker/client';
import { trainBaseline, trainerWorker, type BaselineEpoch } from './workers';

export type Arm = 'engine' | 'baseline';
export interface AccuracyRun { arm: Arm; testAccuracy: number[]; epochSeconds: number[] }

/** The seed recipe one epoch per request, so test accuracy can be read between epochs. */
const recipe: TrainConfig = { ...SEED_RECIPE, epochs: 1 };

const trainer = () => new WorkerClient<Request, Replies, Event>(trainerWorker());

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

async function baselineRun(epochs: number): Promise<AccuracyRun> {
  const { events } = await trainBaseline({ backend: 'wasm', epochs, batchSize: recipe.batchSize, validationSplit: recipe.validationSplit });
  const perEpoch = events.filter((e): e is BaselineEpoch => e.type === 'epoch');
  return { arm: 'baseline', testAccuracy: perEpoch.map((e) => e.testAccuracy), epochSeconds: perEpoch.map((e) => e.seconds) };
}

/** `epochs` epochs of the seed recipe on wasm in one worker; `device` from deviceKey(). */
export function accuracyRun(arm: Arm, epochs: number, device: string): Promise<AccuracyRun> {
  return arm === 'engine' ? engineRun(epochs, device) : baselineRun(epochs);
}
