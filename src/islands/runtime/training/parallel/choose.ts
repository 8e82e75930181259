/**
 * Whether to split batches across helper workers, decided like the backend: by timing real
 * steps of this model both ways on this device. Only CPU backends qualify (a GPU is one device
 * already); helpers are capped so small parts of a 64-image batch still pay off.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { HostBatch } from '../../mnist/batches.ts';
import type { BackendName } from '../../backend/types.ts';
import { adamFor } from '../host-adam.ts';
import { localStep, type Stepper } from '../loop.ts';
import { imagesPerSecond, type TimingBudget } from '../timing.ts';
import { GradientPool } from './pool.ts';
import type { HelperPort } from './port.ts';

export const MAX_HELPERS = 3;
const PROBE_BATCH = 64;
/** Parallel must beat one worker by this factor to be worth its memory. */
const MIN_GAIN = 1.05;
/**
 * Alternating rounds, best of each: on a shared machine single rounds vary by ±20%. Each round
 * times about a second, as steps split in two are short and a few of them say little.
 */
const ROUNDS = 3;
const ROUND_BUDGET: TimingBudget = { minMs: 800, maxSteps: 16 };

export interface ParallelChoice { pool: GradientPool | null; note: string; timings: { workers: number; imagesPerSec: number }[] }

function probeBatch(): HostBatch {
  const pixels = Uint8Array.from({ length: PROBE_BATCH * 784 }, () => Math.floor(Math.random() * 256));
  return { count: PROBE_BATCH, pixels, labels: Int32Array.from({ length: PROBE_BATCH }, (_, i) => i % 10) };
}

/** One model, optimiser and batch for every timed round, so the helpers build the model once. */
interface Probe { model: tfl.LayersModel; optimizer: tf.Optimizer; batch: HostBatch }

async function rate(step: Stepper, { model, optimizer, batch }: Probe): Promise<number> {
  return imagesPerSecond(async () => {
    const { loss, correct } = await step(model, optimizer, batch);
    await loss.data();
    tf.dispose([loss, correct]);
  }, PROBE_BATCH, ROUND_BUDGET);
}

/**
 * Times `buildModel()`'s training steps alone and split across up to MAX_HELPERS helpers from
 * `openPort`; returns the pool when it is at least MIN_GAIN faster (else closes it) and a note why.
 */
export async function chooseParallel(backend: BackendName, cores: number, openPort: () => HelperPort, buildModel: () => tfl.LayersModel): Promise<ParallelChoice> {
  const helpers = Math.min(cores - 1, MAX_HELPERS);
  if (backend !== 'wasm' && backend !== 'cpu') return { pool: null, note: '', timings: [] };
  if (helpers < 1) return { pool: null, note: 'One worker: this device reports a single core.', timings: [] };
  let single = 0, parallel = 0;
  const pool = new GradientPool(backend, Array.from({ length: helpers }, openPort));
  const parallelStep: Stepper = (m, o, b) => pool.step(m, o, b);
  const probe: Probe = { model: buildModel(), optimizer: adamFor(0.001), batch: probeBatch() };
  try {
    // A fresh helper starts on baseline-compiled wasm and JS, and the optimising compilers run in
    // the background on the same busy cores: an untimed round first, or helpers look slower than they are.
    await rate(parallelStep, probe);
    for (let round = 0; round < ROUNDS; round++) {
      single = Math.max(single, await rate(localStep, probe));
      parallel = Math.max(parallel, await rate(parallelStep, probe));
    }
    const timings = [{ workers: 1, imagesPerSec: single }, { workers: pool.workers, imagesPerSec: parallel }];
    const measured = `timed again once warm: ${Math.round(parallel)} images/s with ${pool.workers} workers, ${Math.round(single)} with one`;
    if (parallel >= single * MIN_GAIN) return { pool, note: `Each batch is split across ${pool.workers} workers (${cores} cores): ${measured}.`, timings };
    pool.close();
    return { pool: null, note: `One worker: splitting batches was not faster here (${measured}).`, timings };
  } catch (error) {
    pool.close();
    return { pool: null, note: `One worker: parallel helpers failed to start (${(error as Error).message}).`, timings: [] };
  } finally {
    probe.model.dispose();
    probe.optimizer.dispose();
  }
}
