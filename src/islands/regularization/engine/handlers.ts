/**
 * One function per request of protocol.ts, run in the worker through the runtime's serveWorker:
 * the backend is chosen by timing this lab's own model, MNIST comes from the runtime's loader.
 */
import * as tf from '@tensorflow/tfjs-core';
import { chooseBackend } from '~/islands/runtime/backend/select.ts';
import { loadMnist, type Mnist } from '~/islands/runtime/mnist/loader.ts';
import { timeTraining } from '~/islands/runtime/training/probe-step.ts';
import type { Handlers } from '~/islands/runtime/worker/serve.ts';
import { applyDraws, augmentProblems, sampleAugment } from '../augment/pipeline.ts';
import { mulberry32 } from '~/lib/shuffle';
import { buildSmallCnn } from '../model/build.ts';
import type { Event, Replies, Request } from '../protocol.ts';
import { runAb } from '../training/fair-ab.ts';

/** What the worker keeps between requests. */
export interface EngineState { data: Mnist | null; running: boolean; stopRequested: boolean }

const need = (s: EngineState) => { if (!s.data) throw new Error('Load the MNIST data first.'); return s.data; };

export const handlers: Handlers<Request, Replies, Event, EngineState> = {
  init: async () => ({ payload: await chooseBackend('auto', () => timeTraining(() => buildSmallCnn({ dropout: 0, l2: 0 }))) }),

  'load-data': async (_r, s, emit) => {
    s.data ??= await loadMnist('quick', (_phase, loadedBytes, totalBytes) => emit({ type: 'data-progress', loadedBytes, totalBytes }));
    return { payload: { trainCount: s.data.train.count, testCount: s.data.test.count, bytes: s.data.downloadedBytes, fromCache: s.data.fromCache } };
  },

  augment: async (r, s) => {
    const test = need(s).test;
    const problems = augmentProblems(r.settings);
    if (problems.length) throw new RangeError(problems.map(([, m]) => m).join(' '));
    if (!(r.variants >= 1 && r.variants <= 12) || r.indices.some((i) => !(Number.isInteger(i) && i >= 0 && i < test.count))) throw new RangeError('Ask for 1-12 variants of existing test digits.');
    const originals = Float32Array.from(r.indices.flatMap((i) => Array.from(test.pixels.subarray(i * 784, (i + 1) * 784), (v) => v / 255)));
    const repeated = r.indices.flatMap((_, i) => Array<number>(r.variants).fill(i));
    const draws = sampleAugment(r.settings, repeated.length, 28, 28, mulberry32(r.seed));
    const out = tf.tidy(() => applyDraws(tf.gather(tf.tensor4d(originals, [r.indices.length, 28, 28, 1]), repeated), draws));
    const variants = (await out.data()) as Float32Array;
    out.dispose();
    return { payload: { originals, variants, labels: r.indices.map((i) => test.labels[i]!), draws }, transfer: [originals.buffer, variants.buffer] };
  },

  'ab-run': async (r, s, emit) => {
    const data = need(s);
    if (s.running) throw new Error('An A/B run is already going.');
    s.running = true;
    s.stopRequested = false;
    try {
      return {
        payload: await runAb(data.train, data.test, r.config, {
          epoch: (e) => emit({ type: 'ab-epoch', ...e }),
          batch: (run, epoch, done, total) => emit({ type: 'ab-batch', run, epoch, done, total }),
        }, () => s.stopRequested),
      };
    } finally {
      s.running = false;
    }
  },

  stop: async (_r, s) => {
    s.stopRequested = true;
    return { payload: { acknowledged: true } };
  },
};
