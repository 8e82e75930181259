/**
 * The island's worker: loads TensorFlow.js and the saved CNN, and times inference on the 10,000
 * test images four times over (~10-20 s on wasm), off the page's thread so the page stays responsive.
 */
import '@tensorflow/tfjs-layers';
import { serveWorker, type Handlers } from '~/islands/runtime/worker/serve';
import { loadTensorFlow } from '~/islands/runtime/backend/main-thread';
import { loadSavedCnn, SavedCnnError } from '../cnn/saved/load.ts';
import type { Event, Replies, Request } from './protocol.ts';
import { runVariants, type QuantizeState } from './engine/run.ts';

const handlers: Handlers<Request, Replies, Event, QuantizeState> = {
  async load(_request, state) {
    const { reason } = await loadTensorFlow();
    state.model?.dispose();
    state.model = null;
    try {
      const saved = await loadSavedCnn();
      state.model = saved.model;
      return { payload: { ok: true, savedAt: saved.savedAt, backend: reason } };
    } catch (error) {
      if (!(error instanceof SavedCnnError)) throw error;
      return { payload: { ok: false, reason: error.reason, message: error.message } };
    }
  },
  async run(_request, state, emit) {
    const payload = await runVariants(state, emit);
    const transfer = [...payload.downloads.map((d) => d.bin), ...payload.layers.flatMap((l) => Object.values(l.values).map((v) => v.buffer))];
    return { payload, transfer };
  },
};

serveWorker(handlers, (): QuantizeState => ({ model: null, test: null }));
