/**
 * The module 5 lab's worker protocol on the shared runtime (runtime/worker/protocol.ts): TensorFlow.js,
 * the MNIST data and both A/B models live in the worker; requests get one reply or error by id,
 * progress comes as events.
 */
import type { BackendChoice } from '~/islands/runtime/backend/types.ts';
import type { AugmentSettings, Draws } from './augment/pipeline.ts';
import type { AbConfig } from './training/config.ts';
import type { AbEpoch, AbResult, RunName } from './training/fair-ab.ts';

export type Request =
  | { type: 'init' }
  | { type: 'load-data' }
  /** `variants` augmented copies of each MNIST test image at `indices`, with the module's layers. */
  | { type: 'augment'; indices: number[]; variants: number; settings: AugmentSettings; seed: number }
  | { type: 'ab-run'; config: AbConfig }
  | { type: 'stop' };

export interface Replies {
  init: BackendChoice;
  'load-data': { trainCount: number; testCount: number; bytes: number; fromCache: boolean };
  /** Pixels in [0, 1], 784 per image: originals[i], variants[i * variants + v]; draws per variant image. */
  augment: { originals: Float32Array; variants: Float32Array; labels: number[]; draws: Draws };
  'ab-run': AbResult;
  stop: { acknowledged: true };
}

export type Event =
  | { type: 'data-progress'; loadedBytes: number; totalBytes: number }
  | { type: 'ab-batch'; run: RunName; epoch: number; done: number; total: number }
  | ({ type: 'ab-epoch' } & AbEpoch);
