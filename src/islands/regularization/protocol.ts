/**
 * Messages between the module 5 island's page code and its Web Worker (TensorFlow.js, the MNIST
 * data and both A/B models live in the worker). Same shape as module 4's protocol: requests carry
 * an id and get a `reply` or an `error` with that id; progress comes as id-less events.
 */
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
  init: { backend: string };
  'load-data': { trainCount: number; testCount: number; bytes: number; fromCache: boolean };
  /** Pixels in [0, 1], 784 per image: originals[i], variants[i * variants + v]; draws per variant image. */
  augment: { originals: Float32Array; variants: Float32Array; labels: number[]; draws: Draws };
  'ab-run': AbResult;
  stop: { acknowledged: true };
}

export type Envelope = { id: number; request: Request };

export type Event =
  | { type: 'reply'; id: number; payload: Replies[Request['type']] }
  | { type: 'error'; id: number | null; message: string }
  | { type: 'data-progress'; loadedBytes: number; totalBytes: number }
  | { type: 'ab-batch'; run: RunName; epoch: number; done: number; total: number }
  | ({ type: 'ab-epoch' } & AbEpoch);
