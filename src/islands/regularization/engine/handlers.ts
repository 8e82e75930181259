/**
 * One function per request of protocol.ts, run in the worker. The MNIST loader and the backend
 * loader are module 4's (to move to src/islands/runtime/ with the shared runtime).
 */
import * as tf from '@tensorflow/tfjs-core';
import { activateBackend } from '~/islands/cnn/backend/load.ts';
import { loadMnist, type Mnist } from '~/islands/cnn/data/loader.ts';
import { applyDraws, augmentProblems, sampleAugment } from '../augment/pipeline.ts';
import { seededRandom } from '../augment/random.ts';
import type { Event, Replies, Request } from '../protocol.ts';
import { runAb } from '../training/fair-ab.ts';

export type Emit = (event: Event) => void;
/** What the worker keeps between requests. */
export interface EngineState { data: Mnist | null; running: boolean; stopRequested: boolean }
type Handlers = { [K in Request['type']]: (r: Extract<Request, { type: K }>, s: EngineState, emit: Emit) => Promise<Replies[K]> };

const need = (s: EngineState) => { if (!s.data) throw new Error('Load the MNIST data first.'); return s.data; };

export const handlers: Handlers = {
  init: async () => {
    // wasm (with module 4's gradient kernels) is the fastest measured CPU backend; cpu is the fallback.
    try { await activateBackend('wasm'); } catch { await activateBackend('cpu'); }
    return { backend: tf.getBackend() };
  },

  'load-data': async (_r, s, emit) => {
    s.data ??= await loadMnist('quick', (_phase, loadedBytes, totalBytes) => emit({ type: 'data-progress', loadedBytes, totalBytes }));
    return { trainCount: s.data.train.count, testCount: s.data.test.count, bytes: s.data.downloadedBytes, fromCache: s.data.fromCache };
  },

  augment: async (r, s) => {
    const test = need(s).test;
    const problems = augmentProblems(r.settings);
    if (problems.length) throw new RangeError(problems.map(([, m]) => m).join(' '));
    if (!(r.variants >= 1 && r.variants <= 12) || r.indices.some((i) => !(Number.isInteger(i) && i >= 0 && i < test.count))) throw new RangeError('Ask for 1-12 variants of existing test digits.');
    const originals = Float32Array.from(r.indices.flatMap((i) => Array.from(test.pixels.subarray(i * 784, (i + 1) * 784), (v) => v / 255)));
    const repeated = r.indices.flatMap((_, i) => Array<number>(r.variants).fill(i));
    const draws = sampleAugment(r.settings, repeated.length, 28, 28, seededRandom(r.seed));
    const out = tf.tidy(() => applyDraws(tf.gather(tf.tensor4d(originals, [r.indices.length, 28, 28, 1]), repeated), draws));
    const variants = (await out.data()) as Float32Array;
    out.dispose();
    return { originals, variants, labels: r.indices.map((i) => test.labels[i]!), draws };
  },

  'ab-run': async (r, s, emit) => {
    const data = need(s);
    if (s.running) throw new Error('An A/B run is already going.');
    s.running = true;
    s.stopRequested = false;
    try {
      return await runAb(data.train, data.test, r.config, {
        epoch: (e) => emit({ type: 'ab-epoch', ...e }),
        batch: (run, epoch, done, total) => emit({ type: 'ab-batch', run, epoch, done, total }),
      }, () => s.stopRequested);
    } finally {
      s.running = false;
    }
  },

  stop: async (_r, s) => {
    s.stopRequested = true;
    return { acknowledged: true };
  },
};
