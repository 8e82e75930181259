/**
 * The MNIST training engine's request handlers: one function per base request, returning the
 * reply payload (and buffers to transfer) or throwing; serveWorker turns throws into `error`
 * events. Progress goes through `emit`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { wasmHeapBytes } from '../../backend/heap.ts';
import { chooseBackend } from '../../backend/select.ts';
import { loadMnist } from '../../mnist/loader.ts';
import { exportArtifacts, load, save } from '../../persist/persist.ts';
import type { Handlers } from '../../worker/serve.ts';
import { confusionMatrix } from '../evaluate.ts';
import type { TrainingEvent } from '../events.ts';
import { chooseParallel } from '../parallel/choose.ts';
import { timeTraining } from '../probe-step.ts';
import { deviceKey, recallSetup, usableSetup } from './remembered.ts';
import { paramCounts, summaryRows } from './summary.ts';
import type { BaseTrainConfig, TrainingReplies, TrainingRequest } from './protocol.ts';
import type { EngineSpec } from './spec.ts';
import type { EngineState } from './state.ts';

/** The base handlers, typed for an island whose config is `C`. */
export type TrainingHandlers<C extends BaseTrainConfig> = Handlers<TrainingRequest<C>, TrainingReplies, TrainingEvent, EngineState<C>>;

/** Rejects settings the loop cannot run, then the island's own checks. */
function checkConfig<C extends BaseTrainConfig>(config: C, spec: EngineSpec<C>): void {
  const bad = (what: string) => { throw new Error(`Invalid training setting: ${what}.`); };
  if (!Number.isInteger(config.epochs) || config.epochs < 1 || config.epochs > 100) bad(`epochs must be a whole number 1-100 (got ${config.epochs})`);
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1 || config.batchSize > 1024) bad(`batch size must be a whole number 1-1024 (got ${config.batchSize})`);
  spec.checkConfig?.(config);
}

function buildReply(state: EngineState<BaseTrainConfig>): TrainingReplies['build'] {
  const model = state.requireModel;
  return { rows: summaryRows(model), ...paramCounts(model) };
}

/**
 * The base handlers of every MNIST training worker, for the island's config type `C`; the model
 * comes from the state's EngineSpec. Spread them into the island's own handler map.
 */
export function trainingHandlers<C extends BaseTrainConfig>(): TrainingHandlers<C> {
  return {
    init: async (r, state) => {
      state.setPool(null);
      const device = await deviceKey();
      const remembered = usableSetup(r.backend, r.remembered, device);
      if (remembered) {
        try {
          const recalled = await recallSetup(remembered, state.openHelper);
          state.setPool(recalled.pool);
          return { payload: { ...recalled.choice, workers: state.workers, parallelNote: recalled.note, device, fromMemory: true } };
        } catch {
          // The remembered backend no longer starts here: time every backend as on a first visit.
        }
      }
      const probeModel = () => state.spec.buildModel(state.spec.defaults);
      const choice = await chooseBackend(r.backend, () => timeTraining(probeModel), r.measureAll === true);
      const parallel = await chooseParallel(choice.backend, navigator.hardwareConcurrency || 1, state.openHelper, probeModel);
      state.setPool(parallel.pool);
      return { payload: { ...choice, workers: state.workers, parallelNote: parallel.note, device, fromMemory: false } };
    },

    'load-data': async (r, state, emit) => {
      const data = await loadMnist(r.preset, (phase, loadedBytes, totalBytes) => emit({ type: 'data-progress', phase, loadedBytes, totalBytes }));
      state.dataChanged();
      state.data = data;
      return { payload: { trainCount: data.train.count, testCount: data.test.count, bytes: data.downloadedBytes, fromCache: data.fromCache } };
    },

    build: async (r, state) => {
      checkConfig(r.config, state.spec);
      state.build(r.config);
      return { payload: buildReply(state) };
    },

    train: async (r, state, emit) => {
      checkConfig(r.config, state.spec);
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
      const misclassified: TrainingReplies['evaluate']['misclassified'] = [];
      score.predicted.forEach((p, i) => { if (p !== labels[i]) misclassified.push({ index: i, label: labels[i]!, predicted: p }); });
      return { payload: { accuracy: score.accuracy, loss: score.loss, confusion: confusionMatrix(labels, score.predicted), misclassified } };
    },

    save: async (_r, state) => ({ payload: await save(state.requireModel, state.spec.modelUrl) }),

    load: async (_r, state) => {
      const saved = await load(state.spec.modelUrl);
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
}
