/**
 * Every request the MLP worker answers: the runtime's MNIST training handlers, with `train` and
 * `stop` on the island's own subset trainer (engine/runs.ts) and `init` without gradient helpers
 * (that trainer runs in this worker alone), plus `evaluate-saved-cnn` for module 2's comparison.
 */
import { MODEL_URL as CNN_MODEL_URL } from '../../cnn/engine/spec.ts';
import { chooseBackend } from '../../runtime/backend/select.ts';
import { trainingHandlers } from '../../runtime/training/engine/handlers.ts';
import { deviceKey } from '../../runtime/training/engine/remembered.ts';
import type { EngineState } from '../../runtime/training/engine/state.ts';
import { timeTraining } from '../../runtime/training/probe-step.ts';
import type { Handlers } from '../../runtime/worker/serve.ts';
import type { Event, MlpConfig, Replies, Request } from '../protocol';
import { MlpRuns } from './runs.ts';
import { scoreSaved } from './saved.ts';

const base = trainingHandlers<MlpConfig>();
const runs = new MlpRuns();

export const handlers: Handlers<Request, Replies, Event, EngineState<MlpConfig>> = {
  ...base,

  // The base init also times gradient helpers, which this trainer does not use.
  init: async (r, state) => {
    state.setPool(null);
    const choice = await chooseBackend(r.backend, () => timeTraining(() => state.spec.buildModel(state.spec.defaults)), r.measureAll === true);
    return { payload: { ...choice, workers: 1, parallelNote: '', device: await deviceKey(), fromMemory: false } };
  },

  train: async (r, state, emit) => {
    state.spec.checkConfig?.(r.config);
    if (state.training) throw new Error('Training is already running.');
    if (!state.model) state.build(r.config);
    const trainer = runs.trainerFor(state, r.config);
    state.training = true;
    try {
      return { payload: await trainer.run(r.config, { batch: (e) => emit(e), epoch: (e) => emit(e) }) };
    } finally {
      state.training = false;
      state.changed();
    }
  },

  stop: async () => {
    runs.stop();
    return { payload: { acknowledged: true } };
  },

  'evaluate-saved-cnn': async (_r, state) => ({ payload: await scoreSaved(CNN_MODEL_URL, state.test) }),
};
