/**
 * The lab's worker: TensorFlow.js, the saved CNN and training live here, off the page's thread.
 * On the page's thread the first batch of a run (kernel set-up) and the model's loading blocked
 * the page for 0.5-2 s on the loaded 2-core test machine (Long Tasks API); here only progress,
 * summaries and predictions cross, and the page stays responsive.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadSavedCnn, SavedCnnError } from '../cnn/saved/load';
import { loadTensorFlow } from '../runtime/backend/main-thread';
import { serveWorker, type Handlers } from '../runtime/worker/serve';
import { disposeTransfer } from './model/head.ts';
import type { Event, Replies, Request } from './protocol.ts';
import { runPhases, type Trained } from './training/run-phases.ts';

interface State { backend: string | null; trained: Trained | null }

const handlers: Handlers<Request, Replies, Event, State> = {
  async open(_request, state) {
    state.backend ??= (await loadTensorFlow()).backend;
    try {
      const saved = await loadSavedCnn();
      saved.model.dispose();
      return { payload: { backend: state.backend, base: { ok: true, savedAt: saved.savedAt } } };
    } catch (error) {
      if (!(error instanceof SavedCnnError)) throw error;
      return { payload: { backend: state.backend, base: { ok: false, reason: error.reason, message: error.message } } };
    }
  },
  async train(request, state, emit) {
    const { trained, reply } = await runPhases(request, emit);
    if (state.trained) disposeTransfer(state.trained.transfer, state.trained.cnn);
    state.trained = trained;
    return { payload: reply };
  },
  async predict({ pixels }, state) {
    if (!state.trained) throw new Error('No model is trained yet.');
    const model = state.trained.transfer.model;
    const probabilities = tf.tidy(() => model.predict(tf.tensor4d(pixels, [1, 28, 28, 1])) as tf.Tensor);
    const values = Array.from(await probabilities.data());
    probabilities.dispose();
    return { payload: { probabilities: values } };
  },
};

serveWorker(handlers, () => ({ backend: null, trained: null }));
