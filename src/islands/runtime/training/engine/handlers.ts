/**
 * One function per protocol request. Each returns the reply payload (and buffers to transfer)
 * or throws; worker.ts turns throws into `error` events. Progress goes through `emit`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { wasmHeapBytes } from '../backend/heap.ts';
import { chooseBackend } from '../backend/select.ts';
import { loadMnist } from '../data/loader.ts';
import { paramCounts, summaryRows } from '../model/build.ts';
import type { Event, Replies, Request, TrainConfig } from '../protocol';
import { confusionMatrix } from '../training/evaluate.ts';
import { chooseParallel } from '../training/parallel/choose.ts';
import { inspect, predict } from './inspect.ts';
import { exportArtifacts, load, save } from './persist.ts';
import type { EngineState } from './state.ts';

export type Emit = (event: Event, transfer?: Transferable[]) => void;
export interface Handled<K extends Request['type']> { payload: Replies[K]; transfer?: Transferable[] }
type Handlers = { [K in Request['type']]: (request: Extract<Request, { type: K }>, state: EngineState, emit: Emit) => Promise<Handled<K>> };

function checkConfig(config: TrainConfig): void {
  const bad = (what: string) => { throw new Error(`Invalid training setting: ${what}.`); };
  if (!Number.isInteger(config.epochs) || config.epochs < 1 || config.epochs > 100) bad(`epochs must be a whole number 1-100 (got ${config.epochs})`);
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1 || config.batchSize > 1024) bad(`batch size must be a whole number 1-1024 (got ${config.batchSize})`);
}

function buildReply(state: EngineState): Replies['build'] {
  const model = state.requireModel;
  return { rows: summaryRows(model), ...paramCounts(model) };
}

export const handlers: Handlers = {
  init: async (r, state) => {
    state.setPool(null);
    const choice = await chooseBackend(r.backend, r.measureAll === true);
    const parallel = await chooseParallel(choice.backend, navigator.hardwareConcurrency || 1, state.openHelper);
    state.setPool(parallel.pool);
    return { payload: { ...choice, workers: state.workers, parallelNote: parallel.note } };
  },

  'load-data': async (r, state, emit) => {
    const data = await loadMnist(r.preset, (phase, loadedBytes, totalBytes) => emit({ type: 'data-progress', phase, loadedBytes, totalBytes }));
    state.dataChanged();
    state.data = data;
    return { payload: { trainCount: data.train.count, testCount: data.test.count, bytes: data.downloadedBytes, fromCache: data.fromCache } };
  },

  build: async (r, state) => {
    checkConfig(r.config);
    state.build(r.config);
    return { payload: buildReply(state) };
  },

  train: async (r, state, emit) => {
    checkConfig(r.config);
    if (state.training) throw new Error('Training is already running.');
    if (!state.model) state.build(r.config);
    const trainer = state.trainerFor(r.config);
    state.training = true;
    try {
      return { payload: await trainer.run(r.config, { batch: (e) => emit(e), epoch: (e) => emit(e) }) };
    } finally {
      state.training = false;
      state.changed();
    }
  },

  stop: async (_r, state) => {
    state.stop();
    return { payload: { acknowledged: true } };
  },

  evaluate: async (_r, state) => {
    const score = await state.scoreTest();
    const labels = state.test.labels;
    const misclassified: Replies['evaluate']['misclassified'] = [];
    score.predicted.forEach((p, i) => { if (p !== labels[i]) misclassified.push({ index: i, label: labels[i]!, predicted: p }); });
    return { payload: { accuracy: score.accuracy, loss: score.loss, confusion: confusionMatrix(labels, score.predicted), misclassified } };
  },

  predict: async (r, state) => ({ payload: await predict(state.requireModel, r.pixels) }),

  inspect: async (r, state) => {
    const payload = await inspect(state.requireModel, r.pixels);
    return { payload, transfer: [payload.filters.data.buffer, ...payload.featureMaps.map((m) => m.data.buffer)] };
  },

  'test-digit': async (r, state) => {
    const test = state.test;
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= test.count) throw new Error(`Test digit ${r.index} does not exist (0-${test.count - 1}).`);
    const pixels = Float32Array.from(test.pixels.subarray(r.index * 784, (r.index + 1) * 784), (v) => v / 255);
    return { payload: { pixels, label: test.labels[r.index]! }, transfer: [pixels.buffer] };
  },

  'test-predictions': async (_r, state) => {
    const predictions = (await state.scoreTest()).predicted.slice();
    return { payload: { predictions }, transfer: [predictions.buffer] };
  },

  save: async (_r, state) => ({ payload: await save(state.requireModel) }),

  load: async (_r, state) => {
    const saved = await load();
    if (!saved) return { payload: { found: false } };
    state.setModel(saved.model);
    return { payload: { found: true, savedAt: saved.savedAt } };
  },

  export: async (_r, state) => {
    const payload = await exportArtifacts(state.requireModel);
    return { payload, transfer: [payload.weights] };
  },

  memory: async (_r, state) => {
    const { numTensors, numBytes } = tf.memory();
    const own = wasmHeapBytes();
    return { payload: { numTensors, numBytes, wasmHeapBytes: own === null ? null : own + state.helperHeapBytes } };
  },
};
