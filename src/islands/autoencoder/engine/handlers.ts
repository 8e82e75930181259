/**
 * One function per request of protocol.ts, run in the worker through the runtime's serveWorker:
 * the backend is chosen by timing this lab's model, MNIST comes from the runtime's loader (the
 * quick preset: 12,000 training images and the 10,000 test images).
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import { chooseBackend } from '~/islands/runtime/backend/select.ts';
import { loadMnist, type Mnist } from '~/islands/runtime/mnist/loader.ts';
import type { Handlers } from '~/islands/runtime/worker/serve.ts';
import { PIXELS, reconstructionErrors } from '../data/errors.ts';
import { imagesAt, range } from '../data/images.ts';
import { addGaussianNoise } from '../data/noise.ts';
import type { Event, Replies, Request } from '../protocol.ts';
import { runLab } from '../training/run.ts';
import { reconstruct } from '../training/reconstruct.ts';
import { timeAutoencoder } from './probe.ts';

/** What the worker keeps between requests. */
export interface LabState { data: Mnist | null; model: tfl.LayersModel | null; running: boolean; stopRequested: boolean }

/** The test digits shown in the rows: the first 8 of the test set. */
export const SAMPLE_COUNT = 8;

const need = <T>(value: T | null, what: string): T => { if (!value) throw new Error(what); return value; };
const trained = (s: LabState) => need(s.model, 'Train the autoencoder first (press Start).');

export const handlers: Handlers<Request, Replies, Event, LabState> = {
  init: async () => ({ payload: await chooseBackend('auto', timeAutoencoder) }),

  'load-data': async (_r, s, emit) => {
    s.data ??= await loadMnist('quick', (_phase, loadedBytes, totalBytes) => emit({ type: 'data-progress', loadedBytes, totalBytes }));
    return { payload: { trainCount: s.data.train.count, testCount: s.data.test.count, bytes: s.data.downloadedBytes, fromCache: s.data.fromCache } };
  },

  train: async (r, s, emit) => {
    const data = need(s.data, 'Load the MNIST data first.');
    if (s.running) throw new Error('A run is already going.');
    s.running = true;
    s.stopRequested = false;
    try {
      const { model, result } = await runLab(data.train, data.test, r.config, {
        batch: (epoch, done, total, loss) => emit({ type: 'batch', epoch, done, total, loss }),
        epoch: (row) => emit({ type: 'epoch', ...row }),
      }, () => s.stopRequested);
      s.model?.dispose();
      s.model = model;
      return { payload: result, transfer: [result.validationErrors.buffer] };
    } finally {
      s.running = false;
    }
  },

  samples: async (r, s) => {
    const model = trained(s);
    const test = need(s.data, 'Load the MNIST data first.').test;
    const clean = imagesAt(test, range(0, SAMPLE_COUNT));
    const noisy = addGaussianNoise(clean, r.noiseStd, r.seed);
    const [fromClean, fromNoisy] = [await reconstruct(model, clean), await reconstruct(model, noisy)];
    const labels = Array.from(test.labels.subarray(0, SAMPLE_COUNT));
    const payload = { labels, clean, noisy, fromClean, fromNoisy, cleanErrors: Array.from(reconstructionErrors(clean, fromClean)), noisyErrors: Array.from(reconstructionErrors(clean, fromNoisy)) };
    return { payload, transfer: [clean.buffer, noisy.buffer, fromClean.buffer, fromNoisy.buffer] };
  },

  score: async (r, s) => {
    const model = trained(s);
    if (!(r.pixels instanceof Float32Array) || r.pixels.length !== PIXELS || r.pixels.some((v) => !(v >= 0 && v <= 1))) throw new RangeError('A drawing must be 784 pixel values from 0 to 1.');
    const reconstruction = await reconstruct(model, r.pixels);
    return { payload: { reconstruction, error: reconstructionErrors(r.pixels, reconstruction)[0]! }, transfer: [reconstruction.buffer] };
  },

  'test-digit': async (r, s) => {
    const test = need(s.data, 'Load the MNIST data first.').test;
    if (!(Number.isInteger(r.index) && r.index >= 0 && r.index < test.count)) throw new RangeError(`Choose a test digit from 0 to ${test.count - 1}.`);
    const pixels = imagesAt(test, [r.index]);
    return { payload: { pixels, label: test.labels[r.index]! }, transfer: [pixels.buffer] };
  },

  stop: async (_r, s) => {
    s.stopRequested = true;
    return { payload: { acknowledged: true } };
  },
};
