/**
 * The module 17 lab's worker protocol on the shared runtime (runtime/worker/protocol.ts): the
 * model, TensorFlow.js and the MNIST data live in the worker; each request gets one reply or
 * error by id, progress comes as events.
 */
import type { BackendChoice } from '~/islands/runtime/backend/types.ts';
import type { AeConfig } from './training/config.ts';
import type { EpochRow } from './training/fit.ts';
import type { RunResult } from './training/run.ts';

export type Request =
  | { type: 'init' }
  | { type: 'load-data' }
  | { type: 'train'; config: AeConfig }
  /** The sample test digits with noise of `noiseStd` (seeded), and the model's output for both. */
  | { type: 'samples'; noiseStd: number; seed: number }
  /** One 28 x 28 drawing (784 values in [0, 1]): its reconstruction and anomaly score. */
  | { type: 'score'; pixels: Float32Array }
  /** Test image `index` (0-9,999) as 784 values in [0, 1], to score without drawing (keyboard users). */
  | { type: 'test-digit'; index: number }
  | { type: 'stop' };

/** Pixels are 784 values per image in [0, 1], images one after another. */
export interface Samples { labels: number[]; clean: Float32Array; fromClean: Float32Array; noisy: Float32Array; fromNoisy: Float32Array; cleanErrors: number[]; noisyErrors: number[] }

export interface Replies {
  init: BackendChoice;
  'load-data': { trainCount: number; testCount: number; bytes: number; fromCache: boolean };
  train: RunResult;
  samples: Samples;
  score: { reconstruction: Float32Array; error: number };
  'test-digit': { pixels: Float32Array; label: number };
  stop: { acknowledged: true };
}

export type Event =
  | { type: 'data-progress'; loadedBytes: number; totalBytes: number }
  | { type: 'batch'; epoch: number; done: number; total: number; loss: number }
  | ({ type: 'epoch' } & EpochRow);
